/*
 * pmo/common/errors: shows a failed REST call (see pmo/common/rest) to the user.
 *
 * Each per-field reason of a 400 ({errors: {field: message}}) goes beside its field: an AUI <div class="error">
 * right after the element whose data-pmo-field, or else name, equals the key (keys such as probabilityLabels[2] or
 * bands[1].colour are compared as they are). Reasons from an earlier call are cleared first. The errorMessages,
 * and any field reason with no such field on the page, so that none is lost, go into one AUI error flag; when the
 * body says nothing, the flag says what the status means.
 */
define('pmo/common/errors', ['aui/flag', 'pmo/common/dom'], function (flag, dom) {
    'use strict';

    var MARK = 'data-pmo-error';
    var lastFlag = null;

    function statusText(status) {
        if (status === 400) {
            return AJS.I18n.getText('pmo.common.error.invalid');
        }
        if (status === 401) {
            return AJS.I18n.getText('pmo.common.error.login');
        }
        if (status === 403) {
            return AJS.I18n.getText('pmo.common.error.forbidden');
        }
        if (status === 404) {
            return AJS.I18n.getText('pmo.common.error.notfound');
        }
        if (status === 409) {
            return AJS.I18n.getText('pmo.common.error.conflict');
        }
        if (status === 0) {
            return AJS.I18n.getText('pmo.common.error.network');
        }
        return AJS.I18n.getText('pmo.common.error.server');
    }

    /** The element a field's reason goes after: data-pmo-field first, then the first with that name. */
    function fieldFor(scope, key) {
        var candidates = scope.querySelectorAll('[data-pmo-field], [name]');
        var named = null;
        for (var i = 0; i < candidates.length; i++) {
            if (candidates[i].getAttribute('data-pmo-field') === key) {
                return candidates[i];
            }
            if (named === null && candidates[i].getAttribute('name') === key) {
                named = candidates[i];
            }
        }
        return named;
    }

    /** Removes the reasons shown beside fields, and the flag of the last failure. */
    function clear(scope) {
        var root = scope || document;
        Array.prototype.slice.call(root.querySelectorAll('[' + MARK + ']')).forEach(function (node) {
            node.parentNode.removeChild(node);
        });
        Array.prototype.slice.call(root.querySelectorAll('[aria-invalid="true"][data-pmo-invalid]'))
            .forEach(function (field) {
                field.removeAttribute('aria-invalid');
                field.removeAttribute('data-pmo-invalid');
            });
        if (lastFlag && typeof lastFlag.close === 'function') {
            lastFlag.close();
        }
        lastFlag = null;
    }

    function showBeside(field, key, message, index) {
        var reason = dom.element('div', 'error', message);
        reason.setAttribute(MARK, key);
        reason.id = 'pmo-field-error-' + index;
        field.insertAdjacentElement('afterend', reason);
        if (!field.hasAttribute('aria-invalid')) {
            field.setAttribute('aria-invalid', 'true');
            field.setAttribute('data-pmo-invalid', '');
        }
        var described = field.getAttribute('aria-describedby');
        field.setAttribute('aria-describedby', (described ? described + ' ' : '') + reason.id);
    }

    function showFlag(messages) {
        var created = flag({type: 'error', title: AJS.I18n.getText('pmo.common.error.title'), close: 'manual'});
        var node = created && created.jquery ? created[0] : created;
        node.setAttribute('data-pmo-flag', 'error');
        var body = node.querySelector('.aui-message') || node;
        messages.forEach(function (message) {
            body.appendChild(dom.element('p', 'pmo-flag-message', message));
        });
        lastFlag = node;
        return node;
    }

    /**
     * @param failure what pmo/common/rest rejects with: {status, body: {errorMessages, errors}}
     * @param scope   where to look for the fields, e.g. the form; the whole document when absent
     * @return what was shown: {fields: number of reasons beside fields, messages: the flag's texts}
     */
    function show(failure, scope) {
        var root = scope || document;
        clear(root);
        var body = (failure && failure.body) || {};
        var messages = (body.errorMessages || []).slice();
        var errors = body.errors || {};
        var beside = 0;
        Object.keys(errors).forEach(function (key) {
            var field = fieldFor(root, key);
            if (field) {
                showBeside(field, key, errors[key], beside);
                beside++;
            } else {
                messages.push(errors[key]);
            }
        });
        if (messages.length === 0 && beside === 0) {
            messages.push(failure && typeof failure.status === 'number' ? statusText(failure.status)
                : AJS.I18n.getText('pmo.common.error.load'));
        }
        if (messages.length > 0) {
            showFlag(messages.map(String));
        }
        return {fields: beside, messages: messages};
    }

    return {
        show: show,
        clear: clear
    };
});
