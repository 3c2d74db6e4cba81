package app.spotter.server.db;

import app.spotter.server.ops.ConnectionPoolGauge;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/** The PostgreSQL connection pool's figures for {@code /metrics}, read from HikariCP's pool bean at each scrape. */
final class HikariPoolGauge implements ConnectionPoolGauge {
    private final HikariDataSource pool;

    HikariPoolGauge(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Snapshot snapshot() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            // Not started yet, or closed: nothing open, nobody waiting.
            return new Snapshot(0, 0, pool.getMaximumPoolSize(), 0);
        }
        return new Snapshot(bean.getActiveConnections(), bean.getIdleConnections(), pool.getMaximumPoolSize(),
                bean.getThreadsAwaitingConnection());
    }
}
