package org.yiwang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusedPathRedactionTest {

    @Test
    void a_refused_path_is_audited_with_the_id_number_masked() {
        assertThat(SecurityConfig.redacted("/api/v1/registry/persons/11010519491231002X"))
                .isEqualTo("/api/v1/registry/persons/110105********002X");
    }

    @Test
    void other_paths_are_audited_as_they_are() {
        assertThat(SecurityConfig.redacted("/api/v1/registry/entities/91330106MA2H0Q1DXM"))
                .isEqualTo("/api/v1/registry/entities/91330106MA2H0Q1DXM");
        assertThat(SecurityConfig.redacted("/api/v1/audit/records")).isEqualTo("/api/v1/audit/records");
    }
}
