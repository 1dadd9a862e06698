package org.yiwang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Yiwang (一网): one platform that a province runs for all of its cities, counties and departments. */
@Modulithic(sharedModules = "common")
@SpringBootApplication
public class YiwangApplication {

    public static void main(String[] args) {
        SpringApplication.run(YiwangApplication.class, args);
    }
}
