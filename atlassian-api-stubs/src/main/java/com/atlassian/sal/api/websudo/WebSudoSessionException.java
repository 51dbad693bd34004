/*
 * Stub of com.atlassian.sal.api.websudo.WebSudoSessionException.
 * Checked against: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/package-tree.html
 *   (hierarchy: RuntimeException -> WebSudoSessionException, i.e. UNCHECKED).
 * unverified: constructors; only the message constructor is stubbed.
 * The constructor passes its message on, so that a host (the sandbox's WebSudoManager) can throw it.
 */
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException(String message) {
        super(message);
    }
}
