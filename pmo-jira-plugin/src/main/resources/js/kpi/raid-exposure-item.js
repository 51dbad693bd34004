/*
 * pmo/kpi/raid-exposure-item: the "RAID exposure" dashboard item. Jira creates one per gadget on a dashboard with
 * an API (isEditable, savePreferences, closeEdit, getGadgetId, resize, showLoadingBar, hideLoadingBar) and calls
 * render(context, preferences) to show it, or renderEdit(context, preferences) to configure it.
 * Preferences: project (a key, or empty for every project the viewer may browse), types (comma-separated RAID types,
 * empty for all) and isConfigured. The heat map is the page's own view, each number linking to the RAID log filtered
 * to that cell, and the count of entries needing attention to the log filtered to them; the figures are the
 * viewer's, over what they may browse.
 */
define('pmo/kpi/raid-exposure-item', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom',
    'pmo/raid/heatmap-view', 'wrm/context-path'], function (rest, errors, dom, view, contextPath) {
    'use strict';

    var PATH = '/rest/pmo/1.0/raid/heatmap';
    var LOG_PATH = '/rest/pmo/1.0/raid/log';
    var TYPES = ['RISK', 'ASSUMPTION', 'ISSUE', 'DEPENDENCY'];

    var ENTITIES = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'"};

    /** Jira hands preferences back HTML-encoded; the text is what was saved. */
    function decoded(value) {
        if (value === undefined || value === null) {
            return '';
        }
        return String(value).replace(/&(amp|lt|gt|quot|#39|#x27);/g, function (entity) {
            return ENTITIES[entity];
        });
    }

    function nodeOf(context) {
        return context && context.jquery ? context[0] : context;
    }

    function typesOf(preferences) {
        return decoded(preferences.types).split(',').map(function (type) {
            return type.trim().toUpperCase();
        }).filter(function (type) {
            return TYPES.indexOf(type) >= 0;
        });
    }

    function typeName(type) {
        switch (type) {
            case 'RISK':
                return AJS.I18n.getText('pmo.raid.type.risk');
            case 'ASSUMPTION':
                return AJS.I18n.getText('pmo.raid.type.assumption');
            case 'ISSUE':
                return AJS.I18n.getText('pmo.raid.type.issue');
            default:
                return AJS.I18n.getText('pmo.raid.type.dependency');
        }
    }

    function heatMapPage(project, types) {
        var parts = [];
        if (project) {
            parts.push('project=' + encodeURIComponent(project));
        }
        types.forEach(function (type) {
            parts.push('type=' + encodeURIComponent(type));
        });
        return contextPath() + '/plugins/servlet/pmo/raid/heatmap' + (parts.length ? '?' + parts.join('&') : '');
    }

    /** The RAID log of the item's scope, narrowed further by the extra parameters given. */
    function logPage(project, types, extra) {
        var parts = extra.slice();
        if (project) {
            parts.push('project=' + encodeURIComponent(project));
        }
        types.forEach(function (type) {
            parts.push('type=' + encodeURIComponent(type));
        });
        return contextPath() + '/plugins/servlet/pmo/raid/log?' + parts.join('&');
    }

    /** The count of entries needing attention, linking to the log filtered to them; the reason when it is unknown. */
    function attentionLine(box, project, types, api) {
        var line = box.appendChild(dom.element('p', 'pmo-kpi-attention'));
        rest.get(LOG_PATH, {project: project, type: types, needsAttention: 'true', maxResults: 1}).then(function (page) {
            var link = line.appendChild(dom.element('a', 'pmo-kpi-attention-count',
                AJS.I18n.getText('pmo.kpi.raidexposure.attention', page.total)));
            link.href = logPage(project, types, ['needsAttention=true']);
            line.setAttribute('data-count', String(page.total));
            api.resize();
        }, function (failure) {
            line.appendChild(dom.element('span', 'pmo-kpi-attention-unknown',
                failure.body.errorMessages[0] || AJS.I18n.getText('pmo.common.error.load')));
            line.setAttribute('data-count', 'unknown');
            api.resize();
        });
    }

    function RaidExposureItem(api) {
        this.api = api;
    }

    RaidExposureItem.prototype.render = function (context, preferences) {
        var api = this.api;
        var root = dom.clear(nodeOf(context));
        var prefs = preferences || {};
        if (decoded(prefs.isConfigured) !== 'true' && api.isEditable()) {
            this.renderEdit(context, prefs);
            return;
        }
        var project = decoded(prefs.project).trim();
        var types = typesOf(prefs);
        var box = root.appendChild(dom.element('div', 'pmo-kpi-item pmo-raid-exposure-item'));
        box.setAttribute('data-loaded', 'loading');
        api.showLoadingBar();
        rest.get(PATH, {project: project, type: types}).then(function (data) {
            api.hideLoadingBar();
            var scope = box.appendChild(dom.element('p', 'pmo-kpi-scope'));
            var link = scope.appendChild(dom.element('a', null, project
                ? AJS.I18n.getText('pmo.kpi.raidexposure.scope.project', data.projects.length ? data.projects[0].name
                    : project)
                : AJS.I18n.getText('pmo.raid.heatmap.scope.all', data.projects.length)));
            link.href = heatMapPage(project, types);
            if (types.length) {
                scope.appendChild(dom.element('span', 'pmo-kpi-types',
                    ' \u00b7 ' + types.map(typeName).join(', ')));
            }
            attentionLine(box, project, types, api);
            box.appendChild(view.render(data, {
                cellHref: function (cell) {
                    return logPage(project, types, ['cell=' + cell.probability + 'x' + cell.impact]);
                }
            }));
            box.setAttribute('data-loaded', 'true');
            api.resize();
        }, function (failure) {
            api.hideLoadingBar();
            box.appendChild(dom.element('p', 'pmo-kpi-error', (failure.body.errorMessages[0]
                || Object.keys(failure.body.errors).map(function (key) {
                    return failure.body.errors[key];
                })[0]) || AJS.I18n.getText('pmo.common.error.load')));
            box.setAttribute('data-loaded', 'error');
            api.resize();
        });
    };

    RaidExposureItem.prototype.renderEdit = function (context, preferences) {
        var api = this.api;
        var self = this;
        var root = dom.clear(nodeOf(context));
        if (!api.isEditable()) {
            api.closeEdit();
            return;
        }
        var prefs = preferences || {};
        var id = 'pmo-raid-exposure-' + api.getGadgetId();
        var form = root.appendChild(dom.element('form', 'aui pmo-kpi-config'));
        form.setAttribute('data-loaded', 'loading');
        var projectGroup = form.appendChild(dom.element('div', 'field-group'));
        var projectLabel = projectGroup.appendChild(dom.element('label', null, AJS.I18n.getText('pmo.common.project')));
        projectLabel.setAttribute('for', id + '-project');
        var select = projectGroup.appendChild(dom.element('select', 'select'));
        select.id = id + '-project';
        select.name = 'project';
        var all = select.appendChild(dom.element('option', null, AJS.I18n.getText('pmo.common.allprojects')));
        all.value = '';
        var chosenTypes = typesOf(prefs);
        var fieldset = form.appendChild(dom.element('fieldset', 'group'));
        fieldset.appendChild(dom.element('legend')).appendChild(dom.element('span', null,
            AJS.I18n.getText('pmo.raid.heatmap.types')));
        TYPES.forEach(function (type) {
            var choice = fieldset.appendChild(dom.element('div', 'checkbox'));
            var box = choice.appendChild(dom.element('input', 'checkbox'));
            box.type = 'checkbox';
            box.name = 'type';
            box.value = type;
            box.id = id + '-type-' + type;
            box.checked = chosenTypes.indexOf(type) >= 0;
            choice.appendChild(dom.element('label', null, typeName(type))).setAttribute('for', box.id);
        });
        var buttons = form.appendChild(dom.element('div', 'buttons-container'))
            .appendChild(dom.element('div', 'buttons'));
        var save = buttons.appendChild(dom.element('button', 'aui-button aui-button-primary',
            AJS.I18n.getText('pmo.common.save')));
        save.type = 'submit';
        var cancel = buttons.appendChild(dom.element('button', 'aui-button aui-button-link',
            AJS.I18n.getText('pmo.common.cancel')));
        cancel.type = 'button';
        cancel.addEventListener('click', function () {
            api.closeEdit();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var types = Array.prototype.slice.call(form.querySelectorAll('input[name="type"]:checked'))
                .map(function (box) {
                    return box.value;
                });
            api.savePreferences({project: select.value, types: types.join(','), isConfigured: 'true'});
        });
        rest.get(PATH).then(function (data) {
            var current = decoded(prefs.project).trim();
            data.projects.forEach(function (project) {
                var option = select.appendChild(dom.element('option', null, project.name + ' (' + project.key + ')'));
                option.value = project.key;
                option.selected = project.key === current;
            });
            form.setAttribute('data-loaded', 'true');
            api.resize();
        }, function (failure) {
            errors.show(failure, form);
            form.setAttribute('data-loaded', 'error');
        });
    };

    return RaidExposureItem;
});
