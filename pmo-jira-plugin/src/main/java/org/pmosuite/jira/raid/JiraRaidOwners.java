package org.pmosuite.jira.raid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.pmosuite.jira.raid.ao.RaidOwnerEntity;
import org.springframework.stereotype.Component;

/**
 * Everyone ever named the owner of a RAID entry, in Active Objects: the RAID owner field type and the app's own
 * writes record each owner they store. In Jira the register groups by owner by counting each of these, since JQL
 * cannot list a field's distinct values. Cluster-safe: a second node recording the same owner at once loses on the
 * unique key, which is the same outcome.
 */
@Component
public class JiraRaidOwners {

    private final ActiveObjects ao;

    public JiraRaidOwners(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Records an owner; nothing happens for one already recorded. */
    public void seen(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return;
        }
        if (ao.count(RaidOwnerEntity.class, RaidOwnerEntity.COLUMN_USER_KEY + " = ?", userKey) > 0) {
            return;
        }
        try {
            ao.executeInTransaction(() -> ao.create(RaidOwnerEntity.class,
                    Map.of(RaidOwnerEntity.COLUMN_USER_KEY, userKey)));
        } catch (RuntimeException raced) {
            if (ao.count(RaidOwnerEntity.class, RaidOwnerEntity.COLUMN_USER_KEY + " = ?", userKey) == 0) {
                throw raced;
            }
        }
    }

    /** Every recorded owner's user key, in key order. */
    List<String> candidates() {
        List<String> keys = new ArrayList<>();
        for (RaidOwnerEntity row : ao.find(RaidOwnerEntity.class, Query.select()
                .order(RaidOwnerEntity.COLUMN_USER_KEY))) {
            keys.add(row.getUserKey());
        }
        return keys;
    }
}
