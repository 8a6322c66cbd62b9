package org.billingcenter.shared.persistence;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out ids for rows the application numbers itself, so they can be inserted many at a time
 * (an auto-increment column would need one round trip per row to learn each id). Each node takes
 * a block of ids from the {@code id_block} table in a short transaction of its own and serves it
 * from memory; ids are unique across nodes, increasing per node, and a block left unused when a
 * node stops is simply skipped.
 */
@Component
public class IdBlocks {

    public static final int BLOCK_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ConcurrentMap<String, Block> blocks = new ConcurrentHashMap<>();

    IdBlocks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The first of {@code count} consecutive new ids of the sequence {@code name}. */
    public long next(String name, int count) {
        if (count < 1 || count > BLOCK_SIZE) {
            throw new IllegalArgumentException("Between 1 and " + BLOCK_SIZE + " ids at a time, not " + count);
        }
        Block block = blocks.computeIfAbsent(name, ignored -> new Block());
        synchronized (block) {
            if (block.next + count > block.end) {
                block.next = reserve(name);
                block.end = block.next + BLOCK_SIZE;
            }
            long first = block.next;
            block.next += count;
            return first;
        }
    }

    private long reserve(String name) {
        Long start = ownTransaction.execute(status -> {
            if (jdbc.update("UPDATE id_block SET next_value = next_value + ? WHERE name = ?", BLOCK_SIZE, name) != 1) {
                throw new IllegalStateException("No id block named " + name);
            }
            return jdbc.queryForObject("SELECT next_value FROM id_block WHERE name = ?", Long.class, name) - BLOCK_SIZE;
        });
        return start;
    }

    private static final class Block {
        private long next;
        private long end;
    }
}
