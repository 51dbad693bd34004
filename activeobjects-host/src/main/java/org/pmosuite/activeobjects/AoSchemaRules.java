package org.pmosuite.activeobjects;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.java.ao.Accessor;
import net.java.ao.schema.Ignore;
import net.java.ao.Mutator;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.Table;

/**
 * The naming limits Jira's Active Objects holds entities to on every supported database: a table name of at most 30
 * characters with the 10-character {@code AO_xxxxxx_} prefix, so at most 20 of its own, and columns of at most 30.
 * AO itself refuses a long name only when it migrates; these rules name every offender at once, in a unit test.
 */
public final class AoSchemaRules {

    public static final int MAX_TABLE_NAME = 30 - AoTablePrefix.LENGTH;
    public static final int MAX_COLUMN_NAME = 30;

    private AoSchemaRules() {
    }

    /** Every broken rule, as a sentence naming the entity and the name; empty when all hold. */
    @SafeVarargs
    public static List<String> violations(Class<? extends RawEntity<?>>... entities) {
        List<String> problems = new ArrayList<>();
        AtlassianFieldNameConverter columns = new AtlassianFieldNameConverter();
        for (Class<? extends RawEntity<?>> entity : entities) {
            Table table = entity.getAnnotation(Table.class);
            if (table == null) {
                problems.add(entity.getName() + " has no @Table: its table name would follow the class name, which "
                        + "then could never be renamed");
            } else if (table.value().length() > MAX_TABLE_NAME) {
                problems.add(entity.getName() + ": table name " + table.value() + " has " + table.value().length()
                        + " characters; at most " + MAX_TABLE_NAME + " fit beside the AO_xxxxxx_ prefix");
            }
            for (Method method : entity.getMethods()) {
                if (!isColumn(method)) {
                    continue;
                }
                try {
                    String column = columns.getName(method);
                    if (column != null && column.length() > MAX_COLUMN_NAME) {
                        problems.add(entity.getName() + "." + method.getName() + ": column " + column + " has "
                                + column.length() + " characters; at most " + MAX_COLUMN_NAME);
                    }
                } catch (RuntimeException refused) {
                    // AO's own converter refuses a name over its limit; its message names the column.
                    problems.add(entity.getName() + "." + method.getName() + ": " + refused.getMessage());
                }
            }
        }
        return problems;
    }

    private static boolean isColumn(Method method) {
        if (method.getDeclaringClass() == RawEntity.class || method.isAnnotationPresent(Ignore.class)
                || method.isDefault()) {
            return false;
        }
        if (method.isAnnotationPresent(Accessor.class) || method.isAnnotationPresent(Mutator.class)) {
            return true;
        }
        String name = method.getName().toLowerCase(Locale.ROOT);
        return (name.startsWith("get") || name.startsWith("is") || name.startsWith("set"))
                && !method.getDeclaringClass().getName().startsWith("net.java.ao.");
    }
}
