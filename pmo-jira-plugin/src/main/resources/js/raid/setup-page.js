/*
 * pmo/raid/setup-page: the RAID setup page of a project. It lists the dry run from the REST resource; Apply sends
 * the dry run's fingerprint, so exactly the listed changes are made, then shows what was changed and the dry run
 * again (empty: running setup twice changes nothing). A 409 (the configuration changed meanwhile) lists the new
 * dry run to review. The root's data-loaded attribute says where it stands: plan, applied or error.
 */
define('pmo/raid/setup-page', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom'],
    function (rest, errors, dom) {
        'use strict';

        var PATH = '/rest/pmo/1.0/raid/setup';

        function Page(root) {
            this.root = root;
            this.project = root.getAttribute('data-project');
            this.plan = null;
            this.changes = root.querySelector('#pmo-raid-setup-changes');
            this.summary = root.querySelector('#pmo-raid-setup-summary');
            this.apply = root.querySelector('#pmo-raid-setup-apply');
            this.reindex = root.querySelector('#pmo-raid-setup-reindex');
            this.message = root.querySelector('#pmo-raid-setup-message');
        }

        function list(target, changes) {
            dom.clear(target);
            changes.forEach(function (change) {
                var item = dom.element('li', 'pmo-raid-setup-change', change.message);
                item.setAttribute('data-kind', change.kind);
                if (change.sharedWithProjects > 0) {
                    item.appendChild(document.createTextNode(' '));
                    item.appendChild(dom.element('span', 'aui-lozenge aui-lozenge-moved',
                        AJS.I18n.getText('pmo.raid.setup.shared')));
                }
                target.appendChild(item);
            });
        }

        Page.prototype.showMessage = function (kind, text) {
            dom.clear(this.message);
            if (text) {
                var box = dom.element('div', 'aui-message aui-message-' + kind);
                box.appendChild(dom.element('p', null, text));
                this.message.appendChild(box);
            }
        };

        Page.prototype.showPlan = function (plan) {
            this.plan = plan;
            list(this.changes, plan.changes);
            this.summary.textContent = plan.ready
                ? AJS.I18n.getText('pmo.raid.setup.ready', plan.project.key)
                : AJS.I18n.getText('pmo.raid.setup.count', plan.changes.length, plan.project.key);
            this.apply.hidden = plan.ready;
            this.apply.disabled = false;
            this.reindex.hidden = !plan.changes.some(function (change) {
                return change.kind === 'createField';
            });
        };

        Page.prototype.load = function () {
            var page = this;
            return rest.get(PATH, {project: this.project}).then(function (plan) {
                page.showPlan(plan);
                page.root.setAttribute('data-loaded', 'plan');
            }, function (failure) {
                page.root.setAttribute('data-loaded', 'error');
                errors.show(failure, page.root);
            });
        };

        Page.prototype.applyPlan = function () {
            var page = this;
            page.apply.disabled = true;
            page.showMessage(null, null);
            return rest.post(PATH, {project: this.project, fingerprint: this.plan.fingerprint}).then(function (report) {
                var shown = page.root.querySelector('#pmo-raid-setup-report');
                shown.hidden = false;
                list(page.root.querySelector('#pmo-raid-setup-applied'), report.applied);
                page.root.querySelector('#pmo-raid-setup-report-summary').textContent =
                    AJS.I18n.getText('pmo.raid.setup.applied', report.applied.length);
                page.showPlan(report.remaining);
                page.showMessage('success', AJS.I18n.getText('pmo.raid.setup.applied', report.applied.length));
                page.root.setAttribute('data-loaded', 'applied');
            }, function (failure) {
                if (failure.status === 409 && failure.body && failure.body.errorMessages.length) {
                    return rest.get(PATH, {project: page.project}).then(function (plan) {
                        page.showPlan(plan);
                        page.showMessage('warning', failure.body.errorMessages.join(' '));
                        page.root.setAttribute('data-loaded', 'plan');
                    });
                }
                page.apply.disabled = false;
                page.root.setAttribute('data-loaded', 'error');
                errors.show(failure, page.root);
            });
        };

        function start(doc) {
            var root = doc.getElementById('pmo-raid-setup');
            if (!root) {
                return null;
            }
            var page = new Page(root);
            page.apply.addEventListener('click', function () {
                page.applyPlan();
            });
            return page.load();
        }

        return {start: start};
    });

require(['pmo/common/dom', 'pmo/raid/setup-page'], function (dom, page) {
    'use strict';
    dom.ready(function () {
        page.start(document);
    });
});
