package org.qconsole.admin.query;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The database server and migrations as the console's own role sees them. */
@Repository
public class DatabaseStatusQuery {

    private final DSLContext dsl;

    public DatabaseStatusQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @param lastMigration empty when no changeset has been applied */
    public record DatabaseStatus(String version, String user, boolean bypassesRowSecurity, int migrations,
            String lastMigration, Optional<Instant> lastMigrationAt) {
    }

    public DatabaseStatus status() {
        var server = dsl.select(field("version()", String.class), field("current_user", String.class),
                        field("(SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user)",
                                Boolean.class))
                .fetchSingle();
        var changelog = table(name("databasechangelog"));
        var applied = dsl.select(count(), max(field(name("dateexecuted"), LocalDateTime.class)))
                .from(changelog).fetchSingle();
        String last = dsl.select(field(name("id"), String.class)).from(changelog)
                .orderBy(field(name("orderexecuted")).desc()).limit(1)
                .fetchOptional(0, String.class).orElse("");
        return new DatabaseStatus(server.value1(), server.value2(), Boolean.TRUE.equals(server.value3()),
                applied.value1(), last,
                Optional.ofNullable(applied.value2()).map(t -> t.atZone(ZoneId.systemDefault()).toInstant()));
    }
}
