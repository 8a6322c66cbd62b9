package org.billingcenter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.billingcenter.support.ApplicationTest;
import org.billingcenter.wallet.LedgerAccount;
import org.billingcenter.wallet.MovementKind;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every record type, field and enum value the change history can show has a label in English
 * and in Chinese. The lists come from the Envers metamodel, so a newly audited entity or field
 * fails here until it is named in both languages.
 */
class HistoryLabelsTest extends ApplicationTest {

    /** The fields the bill and journal feeds write (they have no metamodel). */
    private static final Map<String, List<String>> FEED_FIELDS = Map.of(
            "Bill", List.of("account", "period", "total", "voucher paid", "card paid", "cash paid", "cloud paid", "arrears",
                    "adjustment"),
            "JournalPosting", List.of("account", "kind", "description", "value date", "item", "cash balance"));

    @Autowired
    EntityManager entityManager;
    @Autowired
    HistoryReader history;

    @Test
    void everyAuditedEntityIsInTheHistory() {
        // Envers maps an "<entity>_AUD" entity for each audited one.
        List<Class<?>> audited = new ArrayList<>();
        entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(persister -> {
                    String name = persister.getEntityName();
                    if (name.toUpperCase(java.util.Locale.ROOT).endsWith("_AUD")) {
                        audited.add(entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                                .getMappingMetamodel().getEntityDescriptor(name.substring(0, name.length() - 4)).getMappedClass());
                    }
                });
        assertThat(audited).hasSizeGreaterThan(15);
        assertThat(history.allTypes()).extracting(AuditedType::entity).containsAll(audited);
    }

    @Test
    void everyTypeFieldAndValueTheHistoryCanShowIsNamedInBothLanguages() throws IOException {
        Properties en = bundle("translations.properties");
        Properties zh = bundle("translations_zh_CN.properties");
        List<String> missing = new ArrayList<>();
        for (AuditedType type : history.allTypes()) {
            check(missing, en, zh, HistoryLabels.typeKey(type.name()));
            history.fieldTypes(type).forEach((field, javaType) -> {
                String specific = HistoryLabels.fieldKey(type.name(), field);
                check(missing, en, zh, en.containsKey(specific) ? specific : HistoryLabels.commonFieldKey(field));
                if (javaType.isEnum()) {
                    for (Object constant : javaType.getEnumConstants()) {
                        check(missing, en, zh, HistoryLabels.enumKey(javaType, ((Enum<?>) constant).name()));
                    }
                }
            });
        }
        FEED_FIELDS.forEach((type, fields) -> {
            check(missing, en, zh, HistoryLabels.typeKey(type));
            fields.forEach(field -> {
                String specific = HistoryLabels.fieldKey(type, field);
                check(missing, en, zh, en.containsKey(specific) ? specific : HistoryLabels.commonFieldKey(field));
            });
        });
        for (LedgerAccount ledger : LedgerAccount.values()) {
            check(missing, en, zh, "history.ledger." + ledger.name());
        }
        for (MovementKind kind : MovementKind.values()) {
            check(missing, en, zh, HistoryLabels.enumKey(MovementKind.class, kind.name()));
        }
        for (Revision.ChangeKind kind : Revision.ChangeKind.values()) {
            check(missing, en, zh, "history.kind." + kind.name());
        }
        check(missing, en, zh, "history.yes");
        check(missing, en, zh, "history.no");
        assertThat(new TreeSet<>(missing)).as("history labels missing").isEmpty();
    }

    private static void check(List<String> missing, Properties en, Properties zh, String key) {
        if (!en.containsKey(key)) {
            missing.add("en " + key);
        }
        if (!zh.containsKey(key)) {
            missing.add("zh " + key);
        }
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HistoryLabelsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
