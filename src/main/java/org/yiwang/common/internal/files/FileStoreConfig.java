package org.yiwang.common.internal.files;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.files.FileStore;

/** The local file store, unless another {@link FileStore} (an object store) is configured. */
@Configuration(proxyBeanMethods = false)
class FileStoreConfig {

    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore fileStore(@Value("${yiwang.files.dir:./data/files}") String dir) {
        return new LocalFileStore(Path.of(dir));
    }
}
