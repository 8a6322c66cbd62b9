package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Counts how many hashes run at once; each takes a little while. */
    private static final class SlowEncoder implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + work(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals("hash:" + work(raw));
        }

        private CharSequence work(CharSequence raw) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return raw;
        }
    }

    @Test
    void aBurstOfSignInsIsHashedAtMostTwoAtATimeAndEveryAnswerIsTheHashersOwn() throws Exception {
        SlowEncoder slow = new SlowEncoder();
        PasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService people = Executors.newFixedThreadPool(12);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String password = "secret-" + i;
            boolean right = i % 2 == 0;
            answers.add(people.submit(() -> {
                start.await();
                return bounded.matches(password, right ? "hash:" + password : "hash:wrong");
            }));
        }
        start.countDown();
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get()).isEqualTo(i % 2 == 0);
        }
        people.shutdown();
        assertThat(slow.most.get()).isEqualTo(2);
        assertThat(bounded.encode("pw")).isEqualTo("hash:pw");
    }

    @Test
    void noHashingAtAllIsRefused() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(new SlowEncoder(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
