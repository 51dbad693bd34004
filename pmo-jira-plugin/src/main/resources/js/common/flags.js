/*
 * pmo/common/flags: tells the user that something they did worked, in an AUI success flag that closes by itself.
 * Failures go through pmo/common/errors. Hook: the flag carries data-pmo-flag="success" and its message is a
 * p.pmo-flag-message.
 */
define('pmo/common/flags', ['aui/flag', 'pmo/common/dom'], function (flag, dom) {
    'use strict';

    /** Shows the message, as text, in a success flag; returns the flag's element when AUI gave one. */
    function success(message) {
        var shown = flag({type: 'success', close: 'auto'});
        var node = shown && shown.jquery ? shown[0] : shown;
        if (node && node.setAttribute) {
            node.setAttribute('data-pmo-flag', 'success');
            (node.querySelector('.aui-message') || node).appendChild(dom.element('p', 'pmo-flag-message', message));
        }
        return node;
    }

    return {
        success: success
    };
});
