package org.pmosuite.core.raid.setup;

import java.util.List;
import java.util.Objects;

/**
 * One change RAID setup makes, described for the person who approves it: {@link #messageKey()} with
 * {@link #arguments()} is the sentence the dry run and the report show.
 */
public sealed interface RaidSetupChange {

    /** A short, stable name of the kind of change, for clients. */
    String kind();

    String messageKey();

    List<Object> arguments();

    /** The field does not exist yet: it is created, for every project, with its default name. */
    record CreateField(RaidCustomField field) implements RaidSetupChange {
        public CreateField {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String kind() {
            return "createField";
        }

        @Override
        public String messageKey() {
            return "pmo.raid.setup.change.createfield";
        }

        @Override
        public List<Object> arguments() {
            return List.of(field.defaultName());
        }
    }

    /** No issue type of this name exists: it is created. */
    record CreateIssueType(String issueType) implements RaidSetupChange {
        public CreateIssueType {
            Objects.requireNonNull(issueType, "issueType");
        }

        @Override
        public String kind() {
            return "createIssueType";
        }

        @Override
        public String messageKey() {
            return "pmo.raid.setup.change.createissuetype";
        }

        @Override
        public List<Object> arguments() {
            return List.of(issueType);
        }
    }

    /** The issue type exists but the project does not offer it: it is added to the project's scheme. */
    record AddIssueType(String issueType, String scheme, int sharedByProjects) implements RaidSetupChange {
        public AddIssueType {
            Objects.requireNonNull(issueType, "issueType");
            Objects.requireNonNull(scheme, "scheme");
        }

        @Override
        public String kind() {
            return "addIssueType";
        }

        @Override
        public String messageKey() {
            return sharedByProjects > 1 ? "pmo.raid.setup.change.addissuetype.shared"
                    : "pmo.raid.setup.change.addissuetype";
        }

        @Override
        public List<Object> arguments() {
            return List.of(issueType, scheme, sharedByProjects - 1);
        }
    }

    /** The screen lacks the field: it is added to the screen's first tab. */
    record AddFieldToScreen(RaidCustomField field, String screenId, String screenName, int sharedByProjects)
            implements RaidSetupChange {
        public AddFieldToScreen {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(screenId, "screenId");
            Objects.requireNonNull(screenName, "screenName");
        }

        @Override
        public String kind() {
            return "addFieldToScreen";
        }

        @Override
        public String messageKey() {
            return sharedByProjects > 1 ? "pmo.raid.setup.change.addfield.shared" : "pmo.raid.setup.change.addfield";
        }

        @Override
        public List<Object> arguments() {
            return List.of(field.defaultName(), screenName, sharedByProjects - 1);
        }
    }
}
