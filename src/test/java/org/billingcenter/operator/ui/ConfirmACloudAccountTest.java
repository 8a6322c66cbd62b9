package org.billingcenter.operator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountReview;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.HistoryQuery;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.UiTest;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff check a customer's cloud account with the marketplace and confirm it on the operator console, giving a reason. */
class ConfirmACloudAccountTest extends UiTest {

    @Autowired
    CloudAccountService clouds;
    @Autowired
    AuditService audit;

    @Test
    void staffConfirmACloudAccountWithAReasonAndOnlyThenItSettles() {
        SignedInUser owner = newOwner(INTL);
        String subscription = "sub-" + key();
        CloudAccountDetails aws = as(owner, () -> clouds.bind(SettlementMethod.AWS, "aws-" + key().substring(0, 6), subscription));
        assertThat(as(owner, () -> clouds.active())).isEmpty();

        SignedInUser staff = newOperator(INTL);
        signIn(staff);
        navigate("operator");
        @SuppressWarnings("unchecked")
        Grid<CloudAccountReview> queue = find(Grid.class, "cloud-review-grid");
        CloudAccountReview row = rowOf(queue, aws.id());
        assertThat(row.subscriptionId()).isEqualTo(subscription);
        assertThat(row.boundBy()).isEqualTo(owner.email());
        queue.asSingleSelect().setValue(row);

        click("cloud-review-confirm");
        assertThat(find(TextField.class, "cloud-review-reason").isInvalid()).as("a decision needs a reason").isTrue();
        assertThat(as(owner, () -> clouds.active())).isEmpty();

        type(TextField.class, "cloud-review-reason", "Subscription seen active at the AWS marketplace");
        click("cloud-review-confirm");

        assertThat(notifications()).anyMatch(text -> text.contains("confirmed"));
        assertThat(rowOf(queue, aws.id())).as("gone from the queue").isNull();
        assertThat(as(owner, () -> clouds.active())).extracting(CloudAccountDetails::id).containsExactly(aws.id());
        assertThat(as(staff, () -> audit.changes(new HistoryQuery(null, null, staff.email(), null, null, owner.accountId()))))
                .anySatisfy(change -> {
                    assertThat(change.entityId()).isEqualTo(aws.id());
                    assertThat(change.reason()).contains("Subscription seen active at the AWS marketplace");
                });
    }

    private static CloudAccountReview rowOf(Grid<CloudAccountReview> grid, long id) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).id() == id) {
                return GridKt._get(grid, i);
            }
        }
        return null;
    }
}
