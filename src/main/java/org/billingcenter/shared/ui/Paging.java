package org.billingcenter.shared.ui;

import java.util.function.Function;

import com.vaadin.flow.data.provider.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Lazy grids ask services page by page; Vaadin's offsets are multiples of the page size. */
public final class Paging {

    private Paging() {
    }

    public static Pageable of(Query<?, ?> query) {
        int size = Math.max(1, query.getLimit());
        return PageRequest.of(query.getOffset() / size, size);
    }

    public static int count(Function<Pageable, Page<?>> fetch) {
        return (int) Math.min(Integer.MAX_VALUE, fetch.apply(PageRequest.of(0, 1)).getTotalElements());
    }
}
