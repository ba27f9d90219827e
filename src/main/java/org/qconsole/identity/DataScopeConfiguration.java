package org.qconsole.identity;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Replaces Spring Boot's transaction manager by one that scopes every transaction to the user. */
@Configuration
class DataScopeConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new DataScopeTransactionManager(dataSource);
    }
}
