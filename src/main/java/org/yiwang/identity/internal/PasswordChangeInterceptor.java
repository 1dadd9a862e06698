package org.yiwang.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** An account with an administrator-set password must choose its own before doing anything else. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final SecurityConfig.ProblemWriter problems;

    PasswordChangeInterceptor(SecurityConfig.ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SessionSignIn.MUST_CHANGE_PASSWORD) == null) {
            return true;
        }
        String path = SecurityConfig.path(request);
        if (path.equals("/me/password") || path.startsWith("/api/v1/auth/") || path.equals("/error")) {
            return true;
        }
        if (path.startsWith("/api/")) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.password-must-change");
        } else {
            response.sendRedirect(request.getContextPath() + "/me/password");
        }
        return false;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/img/**", "/webjars/**");
    }
}
