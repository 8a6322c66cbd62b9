package org.billingcenter.audit.ui;

import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.ChangeEntry;

/** "As of": one record's fields as they stood at a chosen moment. */
class AsOfPanel extends VerticalLayout {

    final Select<String> type = new Select<>();
    final IntegerField id = new IntegerField();
    final DateTimePicker at = new DateTimePicker();
    final Button show = new Button();
    final Paragraph summary = new Paragraph();
    final Grid<ChangeEntry.Field> fields = new Grid<>();

    AsOfPanel(AuditService audit, HistoryFormat format, java.util.List<String> types, java.util.Locale locale) {
        setPadding(false);
        type.setLabel(getTranslation("history.record"));
        type.setId("asof-type");
        type.setItems(types);
        type.setItemLabelGenerator(t -> AuditService.typeLabel(locale, t));
        id.setLabel(getTranslation("history.recordId"));
        id.setId("asof-id");
        at.setLabel(getTranslation("history.asOf"));
        at.setId("asof-at");
        show.setText(getTranslation("history.showState"));
        show.setId("asof-show");
        summary.setId("asof-summary");
        fields.setId("asof-fields");
        fields.addColumn(ChangeEntry.Field::label).setHeader(getTranslation("history.column.field")).setKey("field");
        fields.addColumn(field -> ChangeEntry.shown(field.after())).setHeader(getTranslation("history.column.value")).setKey("value");
        fields.setAllRowsVisible(true);
        fields.setVisible(false);
        show.addClickListener(click -> {
            if (type.getValue() == null || id.getValue() == null || at.getValue() == null) {
                summary.setText(getTranslation("history.asOfIncomplete"));
                fields.setVisible(false);
                return;
            }
            var moment = at.getValue().atZone(format.zone()).toInstant();
            var state = audit.stateAsOf(type.getValue(), id.getValue(), moment);
            summary.setText(state.map(s -> getTranslation("history.stateSince", s.revision(), format.time(s.since())))
                    .orElse(getTranslation("history.noState")));
            fields.setItems(state.map(s -> audit.shownState(s, locale)).orElse(java.util.List.of()));
            fields.setVisible(state.isPresent());
        });
        HorizontalLayout form = new HorizontalLayout(type, id, at, show);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("history.asOfTitle")), form, summary, fields);
    }

    void pick(ChangeEntry change, HistoryFormat format) {
        type.setValue(change.entityType());
        id.setValue((int) change.entityId());
        at.setValue(LocalDateTime.ofInstant(change.at(), format.zone()));
    }
}
