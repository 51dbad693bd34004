package org.pmosuite.sandbox.platform;

import org.apache.velocity.exception.VelocityException;

/** A template called a method that Jira's Velocity allowlist would refuse. */
public class VelocityAllowlistViolation extends VelocityException {
    private static final long serialVersionUID = 1L;

    public VelocityAllowlistViolation(String message) {
        super(message);
    }
}
