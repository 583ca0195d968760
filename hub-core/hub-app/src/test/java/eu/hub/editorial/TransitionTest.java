package eu.hub.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.content.ContentStatus;
import eu.hub.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table of workflow transitions: where each starts and ends, and who may take it. */
class TransitionTest {

  @Test
  void partnerAuthorsMaySubmitButNeverApproveScheduleOrPublish() {
    Set<Role> author = EnumSet.of(Role.PARTNER_AUTHOR);
    assertThat(Transition.SUBMIT.permits(author)).isTrue();
    assertThat(Transition.APPROVE.permits(author)).isFalse();
    assertThat(Transition.SCHEDULE.permits(author)).isFalse();
    assertThat(Transition.PUBLISH.permits(author)).isFalse();
    assertThat(Transition.UNPUBLISH.permits(author)).isFalse();
    assertThat(Transition.RETURN.permits(author)).isFalse();
  }

  @Test
  void reviewersApproveAndReturnButDoNotPublish() {
    Set<Role> reviewer = EnumSet.of(Role.REVIEWER);
    assertThat(Transition.APPROVE.permits(reviewer)).isTrue();
    assertThat(Transition.RETURN.permits(reviewer)).isTrue();
    assertThat(Transition.PUBLISH.permits(reviewer)).isFalse();
    assertThat(Transition.SCHEDULE.permits(reviewer)).isFalse();
  }

  @Test
  void administratorsMayTakeEveryTransition() {
    for (Transition t : Transition.values()) {
      assertThat(t.permits(EnumSet.of(Role.ADMINISTRATOR))).as(t.key()).isTrue();
    }
  }

  @Test
  void anEditorMayPublishADraftDirectlyButNotAPublishedItemAgain() {
    assertThat(Transition.PUBLISH.startsFrom(ContentStatus.DRAFT)).isTrue();
    assertThat(Transition.PUBLISH.startsFrom(ContentStatus.SCHEDULED)).isTrue();
    assertThat(Transition.PUBLISH.startsFrom(ContentStatus.PUBLISHED)).isFalse();
    assertThat(Transition.PUBLISH.startsFrom(ContentStatus.ARCHIVED)).isFalse();
    assertThat(Transition.PUBLISH.permits(EnumSet.of(Role.EDITOR))).isTrue();
  }

  @Test
  void onlyApprovedItemsCanBeScheduledAndOnlyItemsInReviewApproved() {
    assertThat(
            EnumSet.allOf(ContentStatus.class).stream()
                .filter(Transition.SCHEDULE::startsFrom)
                .toList())
        .containsExactly(ContentStatus.APPROVED);
    assertThat(
            EnumSet.allOf(ContentStatus.class).stream()
                .filter(Transition.APPROVE::startsFrom)
                .toList())
        .containsExactly(ContentStatus.IN_REVIEW);
  }

  @Test
  void eachTransitionLeadsWhereTheWorkflowSays() {
    assertThat(Transition.SUBMIT.to()).isEqualTo(ContentStatus.IN_REVIEW);
    assertThat(Transition.RETURN.to()).isEqualTo(ContentStatus.DRAFT);
    assertThat(Transition.APPROVE.to()).isEqualTo(ContentStatus.APPROVED);
    assertThat(Transition.SCHEDULE.to()).isEqualTo(ContentStatus.SCHEDULED);
    assertThat(Transition.PUBLISH.to()).isEqualTo(ContentStatus.PUBLISHED);
    assertThat(Transition.UNPUBLISH.to()).isEqualTo(ContentStatus.ARCHIVED);
    assertThat(Transition.REOPEN.to()).isEqualTo(ContentStatus.DRAFT);
  }

  @Test
  void transitionsAreFoundByTheirKeyInAnyCase() {
    assertThat(Transition.parse("Publish")).contains(Transition.PUBLISH);
    assertThat(Transition.parse(" submit ")).contains(Transition.SUBMIT);
    assertThat(Transition.parse("delete")).isEmpty();
    assertThat(Transition.parse(null)).isEmpty();
  }

  @Test
  void aPartnerAuthorWithoutAPartnerHasNoEditorialAccess() {
    assertThat(new Editor("a@x.eu", "A", EnumSet.of(Role.PARTNER_AUTHOR), null).isEditorial())
        .isFalse();
    assertThat(new Editor("a@x.eu", "A", EnumSet.of(Role.PARTNER_AUTHOR), "malmo").isEditorial())
        .isTrue();
    assertThat(new Editor("a@x.eu", "A", EnumSet.of(Role.PARTNER_AUTHOR), "malmo").seesAllItems())
        .isFalse();
  }
}
