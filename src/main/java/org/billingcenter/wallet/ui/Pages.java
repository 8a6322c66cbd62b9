package org.billingcenter.wallet.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Paging between the grids and the services. Exports walk the pages one by one, so a long history
 * streams to the browser without ever being held in memory.
 */
final class Pages {

    static final int EXPORT_PAGE_SIZE = 500;

    private Pages() {
    }

    static Pageable of(Query<?, ?> query) {
        return VaadinSpringDataHelpers.toSpringPageRequest(query);
    }

    /** The service counts while it pages; asking for one row is the cheapest way to get the total. */
    static int count(Function<Pageable, Page<?>> fetch) {
        return Math.toIntExact(fetch.apply(PageRequest.of(0, 1)).getTotalElements());
    }

    static <T> void forEach(Function<Pageable, ? extends Slice<T>> fetch, Consumer<T> action) {
        Slice<T> page;
        int number = 0;
        do {
            page = fetch.apply(PageRequest.of(number++, EXPORT_PAGE_SIZE));
            page.forEach(action);
        } while (page.hasNext());
    }
}
