package dev.tradewind.store.testing;

import dev.tradewind.store.StoreTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases every store test runs against: {@code @ParameterizedTest @EnumSource(Backend.class)}. SQLite is a
 * real file in the test's temporary directory; PostgreSQL a fresh database on a real server ({@link TestPostgres}).
 */
public enum Backend {
    SQLITE, POSTGRESQL;

    /** A new, empty store of this kind. Skips (locally) or fails (in CI) when PostgreSQL cannot be had. */
    public StoreTarget target(Path dir) {
        return StoreTarget.parse(location(dir));
    }

    /** A {@code --store} value for a new, empty store of this kind. */
    public String location(Path dir) {
        if (this == SQLITE) return dir.resolve("runs.db").toString();
        String url = TestPostgres.newDatabase();
        if (url == null) {
            String why = TestPostgres.unavailableReason();
            if (TestPostgres.required()) Assertions.fail(why + " (required because CI or TRADEWIND_REQUIRE_PG=1 is set)");
            Assumptions.abort(why);
        }
        return url;
    }
}
