package io.hybriddal.sample;

import io.hybriddal.spring.DalBuilderCustomizer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The sample: the Dal comes from hybrid-dal's starter and the hybriddal.* properties. */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /** The storage system; a real application would talk to its storage here. */
    @Bean
    StorageSystem storageSystem() {
        return volume -> volume.length() * 1024L;
    }

    /** Hands the hybrids their service, as DataObject.service reads it. */
    @Bean
    DalBuilderCustomizer storageSystemForHybrids(StorageSystem storage) {
        return builder -> builder.service(StorageSystem.class, storage);
    }
}
