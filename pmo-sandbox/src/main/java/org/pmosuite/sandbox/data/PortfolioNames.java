package org.pmosuite.sandbox.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pmosuite.core.common.ProjectRef;

/** Project names a PMO would recognise, with Jira-style keys. */
final class PortfolioNames {

    /** The flagship projects every preset starts with. */
    private static final String[][] FLAGSHIP = {
        {"PAY", "Payments Platform"}, {"ONB", "Customer Onboarding"}, {"DWH", "Data Warehouse Modernisation"},
        {"MOB", "Mobile Banking App"}, {"IAM", "Identity & Access Management"}, {"CLD", "Cloud Migration"},
        {"REG", "Regulatory Reporting"}, {"CBR", "Core Banking Replacement"}, {"FRD", "Fraud Detection"},
        {"CPT", "Customer Portal"}, {"ERP", "ERP Consolidation"}, {"HRS", "HR Self-Service"},
        {"SCV", "Supply Chain Visibility"}, {"NET", "Network Refresh"}, {"MKT", "Marketing Automation"},
        {"CCT", "Contact Centre Transformation"}, {"SEC", "Cyber Security Uplift"}, {"BRD", "Branch Digitisation"},
        {"API", "API Gateway"}, {"FIN", "Finance Close Automation"},
    };

    private static final String[][] DOMAINS = {
        {"PAY", "Payments"}, {"LEN", "Lending"}, {"CRD", "Cards"}, {"TRE", "Treasury"}, {"CLM", "Claims"},
        {"UND", "Underwriting"}, {"POL", "Policy Admin"}, {"BIL", "Billing"}, {"CUS", "Customer Data"},
        {"IDN", "Identity"}, {"MOB", "Mobile"}, {"WEB", "Web Channel"}, {"ANL", "Analytics"}, {"LOG", "Logistics"},
        {"PRO", "Procurement"}, {"WHS", "Warehouse"}, {"RTL", "Retail Stores"}, {"PRC", "Pricing"},
        {"LOY", "Loyalty"}, {"CMP", "Compliance"}, {"RSK", "Risk Engine"}, {"HRM", "Workforce"},
        {"PRL", "Payroll"}, {"FAC", "Facilities"}, {"PRT", "Partner"},
    };

    private static final String[][] PROGRAMMES = {
        {"PL", "Platform"}, {"MD", "Modernisation"}, {"MG", "Migration"}, {"PT", "Portal"}, {"IN", "Integration"},
        {"AU", "Automation"}, {"RP", "Replatforming"}, {"DL", "Data Lake"}, {"AP", "API"}, {"UG", "Upgrade"},
        {"CN", "Consolidation"}, {"AN", "Analytics"}, {"OB", "Onboarding"}, {"SS", "Self-Service"},
        {"DC", "Decommissioning"}, {"RS", "Resilience"}, {"CM", "Cloud Move"}, {"RT", "Reporting"},
        {"OP", "Optimisation"}, {"RO", "Rollout"},
    };

    private PortfolioNames() {
    }

    /** The first {@code count} projects, with ids 1 to count: the flagships, then domain and programme combinations. */
    static List<ProjectRef> projects(int count) {
        List<ProjectRef> projects = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String[] flagship : FLAGSHIP) {
            if (projects.size() == count) {
                return projects;
            }
            projects.add(new ProjectRef(projects.size() + 1, flagship[0], flagship[1]));
            names.add(flagship[1]);
        }
        for (String[] programme : PROGRAMMES) {
            for (String[] domain : DOMAINS) {
                if (projects.size() == count) {
                    return projects;
                }
                String name = domain[1] + " " + programme[1];
                if (names.add(name)) {
                    projects.add(new ProjectRef(projects.size() + 1, domain[0] + programme[0], name));
                }
            }
        }
        if (projects.size() < count) {
            throw new IllegalArgumentException("at most " + projects.size() + " project names are available");
        }
        return projects;
    }
}
