/*
 * pmo/raid/heatmap-page: the heat map page's wiring. It reads the scope from the page's controls (project, RAID
 * types; a size in the page's own URL is passed on), fetches the heat map through pmo/common/rest, draws it with
 * pmo/raid/heatmap-view, and shows a failure through pmo/common/errors: a 400's reasons beside the scope controls
 * they concern, everything else in a flag.
 */
define('pmo/raid/heatmap-page', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom', 'pmo/raid/heatmap-view'],
    function (rest, errors, dom, view) {
        'use strict';

        var PATH = '/rest/pmo/1.0/raid/heatmap';

        /** The query of the REST call: what the scope controls show, which the server already checked. */
        function scope(form, location) {
            var params = {};
            if (form) {
                var project = form.querySelector('select[name="project"]');
                if (project && project.value) {
                    params.project = project.value;
                }
                params.type = Array.prototype.slice.call(form.querySelectorAll('input[name="type"]:checked'))
                    .map(function (box) {
                        return box.value;
                    });
            }
            var size = new URLSearchParams(location.search).get('size');
            if (size !== null) {
                params.size = size;
            }
            return params;
        }

        function showFailure(container, form, failure) {
            dom.clear(container);
            var box = dom.element('div', 'aui-message aui-message-error pmo-heatmap-failed');
            box.appendChild(dom.element('p', null, AJS.I18n.getText('pmo.common.error.load')));
            container.appendChild(box);
            errors.show(failure, form);
        }

        /**
         * Loads and draws the heat map into the container; its data-loaded attribute says how it ended: true or
         * error.
         */
        function load(container, form, location) {
            var params = scope(form, location);
            return rest.get(PATH, params).then(function (data) {
                errors.clear(form);
                dom.clear(container);
                container.appendChild(view.render(data, {id: 'pmo-raid', showScope: !params.project}));
                container.setAttribute('data-loaded', 'true');
            }).catch(function (failure) {
                showFailure(container, form, failure);
                container.setAttribute('data-loaded', 'error');
            });
        }

        function start(root) {
            var container = root.getElementById('pmo-raid-heatmap');
            return container ? load(container, root.getElementById('pmo-raid-scope-form'), window.location) : null;
        }

        return {
            start: start,
            load: load
        };
    });

require(['pmo/common/dom', 'pmo/raid/heatmap-page'], function (dom, page) {
    'use strict';
    dom.ready(function () {
        page.start(document);
    });
});
