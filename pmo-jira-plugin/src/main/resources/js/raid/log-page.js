/*
 * pmo/raid/log-page: the RAID log (one project) and the RAID register (every project the viewer may browse).
 *
 * The page's state lives in its URL query, with the names GET /rest/pmo/1.0/raid/log takes (project, type, roam,
 * owner, dependsOn, band, needsAttention, open, cell, sort, order, startAt, maxResults), so a filtered, sorted page
 * can be linked and reloaded. The filter form, the sortable column headers, the paging buttons and the cells of the heat
 * map beside the table change the query (history.pushState) and reload the table, never the page; the heat map is
 * fetched again only when its scope (the RAID types) changes. A 400's reasons go beside the controls named like the
 * parameters, through pmo/common/errors. The table container's data-loaded says how the last load ended: true or
 * error (absent while loading).
 */
define('pmo/raid/log-page', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom', 'pmo/raid/heatmap-view',
    'pmo/raid/entry-editor', 'wrm/context-path'], function (rest, errors, dom, view, entryEditor, contextPath) {
    'use strict';

    var LOG = '/rest/pmo/1.0/raid/log';
    var HEATMAP = '/rest/pmo/1.0/raid/heatmap';
    var REPEATED = ['type', 'roam', 'owner', 'dependsOn', 'band'];
    var SINGLE = ['needsAttention', 'open', 'cell', 'group', 'sort', 'order', 'startAt', 'maxResults'];
    var PLAN_LENGTH = 60;
    var element = dom.element;

    var TYPES = {
        RISK: AJS.I18n.getText('pmo.raid.type.risk'),
        ASSUMPTION: AJS.I18n.getText('pmo.raid.type.assumption'),
        ISSUE: AJS.I18n.getText('pmo.raid.type.issue'),
        DEPENDENCY: AJS.I18n.getText('pmo.raid.type.dependency')
    };
    var ROAMS = {
        RESOLVED: AJS.I18n.getText('pmo.raid.roam.resolved'),
        OWNED: AJS.I18n.getText('pmo.raid.roam.owned'),
        ACCEPTED: AJS.I18n.getText('pmo.raid.roam.accepted'),
        MITIGATED: AJS.I18n.getText('pmo.raid.roam.mitigated')
    };
    var ATTENTION = {
        REVIEW_OVERDUE: AJS.I18n.getText('pmo.raid.log.attention.review'),
        VALIDATION_OVERDUE: AJS.I18n.getText('pmo.raid.log.attention.validation'),
        DEPENDENCY_LATE: AJS.I18n.getText('pmo.raid.log.attention.dependency'),
        RESPONSE_MISSING: AJS.I18n.getText('pmo.raid.log.attention.response')
    };
    var DEPENDENCY_STATES = {
        resolved: AJS.I18n.getText('pmo.raid.log.dependson.resolved'),
        open: AJS.I18n.getText('pmo.raid.log.dependson.open'),
        unknown: AJS.I18n.getText('pmo.raid.log.dependson.unknown')
    };
    var COLUMNS = [
        {sort: 'key', label: AJS.I18n.getText('pmo.raid.log.column.key')},
        {sort: 'summary', label: AJS.I18n.getText('pmo.raid.log.column.summary')},
        {sort: 'type', label: AJS.I18n.getText('pmo.raid.log.column.type')},
        {sort: 'score', label: AJS.I18n.getText('pmo.raid.log.column.score')},
        {sort: 'probability', label: AJS.I18n.getText('pmo.raid.probability'),
            short: AJS.I18n.getText('pmo.raid.log.column.probability.short')},
        {sort: 'impact', label: AJS.I18n.getText('pmo.raid.impact'),
            short: AJS.I18n.getText('pmo.raid.log.column.impact.short')},
        {sort: 'roam', label: AJS.I18n.getText('pmo.raid.log.column.roam')},
        {sort: 'owner', label: AJS.I18n.getText('pmo.raid.log.column.owner')},
        {sort: 'proximity', label: AJS.I18n.getText('pmo.raid.log.column.proximity')},
        {sort: 'reviewDate', label: AJS.I18n.getText('pmo.raid.log.column.reviewdate')},
        {sort: 'updated', label: AJS.I18n.getText('pmo.raid.log.column.updated')},
        {sort: 'status', label: AJS.I18n.getText('pmo.raid.log.column.status')},
        {sort: null, label: AJS.I18n.getText('pmo.raid.log.column.dependson')},
        {sort: null, label: AJS.I18n.getText('pmo.raid.log.column.plan')},
        {sort: null, label: AJS.I18n.getText('pmo.raid.log.column.attention')},
        {sort: null, label: AJS.I18n.getText('pmo.raid.log.column.actions'), assistive: true}
    ];

    /** The state in a URL query: {project, type: [], ..., sort, ...}, each single value only when given. */
    function readState(search, project) {
        var query = new URLSearchParams(search);
        var state = {project: project || ''};
        REPEATED.forEach(function (name) {
            state[name] = query.getAll(name);
        });
        SINGLE.forEach(function (name) {
            if (query.get(name) !== null) {
                state[name] = query.get(name);
            }
        });
        return state;
    }

    /** The state as query parameters, for the REST call and the page's URL alike. */
    function parameters(state) {
        var params = {};
        if (state.project) {
            params.project = state.project;
        }
        REPEATED.concat(SINGLE).forEach(function (name) {
            if (state[name] !== undefined && state[name] !== null && state[name] !== '') {
                params[name] = state[name];
            }
        });
        return params;
    }

    function queryString(params) {
        var query = new URLSearchParams();
        Object.keys(params).forEach(function (name) {
            [].concat(params[name]).forEach(function (value) {
                query.append(name, value);
            });
        });
        var text = query.toString();
        return text ? '?' + text : '';
    }

    function copy(state) {
        return JSON.parse(JSON.stringify(state));
    }

    /** The keys typed into a text filter, separated by spaces or commas. */
    function words(value) {
        return value.split(/[\s,]+/).filter(function (key) {
            return key !== '';
        });
    }

    /** Shows the state in the filter controls. */
    function applyToForm(form, state) {
        ['type', 'roam', 'band'].forEach(function (name) {
            Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]')).forEach(function (box) {
                box.checked = state[name].some(function (value) {
                    return String(value).toUpperCase() === box.value;
                });
            });
        });
        form.querySelector('input[name="owner"]').value = state.owner.join(' ');
        form.querySelector('input[name="dependsOn"]').value = state.dependsOn.join(' ');
        form.querySelector('select[name="group"]').value = state.group || '';
        form.querySelector('input[name="needsAttention"]').checked = state.needsAttention === 'true';
        form.querySelector('input[name="closed"]').checked = state.open === 'false';
    }

    /** The state the filter controls ask for, keeping the sort and the heat map cell; back to the first page. */
    function readForm(form, previous) {
        var state = copy(previous);
        ['type', 'roam', 'band'].forEach(function (name) {
            state[name] = Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]:checked'))
                .map(function (box) {
                    return box.value;
                });
        });
        state.owner = words(form.querySelector('input[name="owner"]').value);
        state.dependsOn = words(form.querySelector('input[name="dependsOn"]').value);
        if (form.querySelector('select[name="group"]').value) {
            state.group = form.querySelector('select[name="group"]').value;
        } else {
            delete state.group;
        }
        if (form.querySelector('input[name="needsAttention"]').checked) {
            state.needsAttention = 'true';
        } else {
            delete state.needsAttention;
        }
        if (form.querySelector('input[name="closed"]').checked) {
            state.open = 'false';
        } else {
            delete state.open;
        }
        delete state.startAt;
        return state;
    }

    function cellOf(state) {
        var match = /^(\d+)[xX](\d+)$/.exec(state.cell || '');
        return match ? {probability: match[1], impact: match[2]} : null;
    }

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function headerRow(data, page) {
        var row = element('tr');
        COLUMNS.forEach(function (column) {
            var th = element('th', 'pmo-raid-log-column');
            th.setAttribute('scope', 'col');
            if (!column.sort) {
                if (column.assistive) {
                    th.appendChild(element('span', 'assistive', column.label));
                } else {
                    th.textContent = column.label;
                }
                row.appendChild(th);
                return;
            }
            var active = data.sort === column.sort;
            var button = element('button', 'aui-button aui-button-subtle pmo-raid-log-sort',
                column.short || column.label);
            button.type = 'button';
            if (column.short) {
                button.setAttribute('aria-label', column.label);
            }
            button.setAttribute('data-sort', column.sort);
            button.title = AJS.I18n.getText('pmo.raid.log.sort.by', column.label);
            if (active) {
                th.setAttribute('aria-sort', data.order === 'desc' ? 'descending' : 'ascending');
                button.setAttribute('aria-sort', th.getAttribute('aria-sort'));
                button.appendChild(element('span', 'pmo-raid-log-sort-mark', data.order === 'desc' ? ' \u25BC' : ' \u25B2'));
            }
            button.addEventListener('click', function () {
                var state = copy(page.state);
                if (active) {
                    state.order = data.order === 'desc' ? 'asc' : 'desc';
                } else {
                    state.sort = column.sort;
                    delete state.order;
                }
                delete state.startAt;
                page.navigate(state, false);
            });
            th.appendChild(button);
            row.appendChild(th);
        });
        return row;
    }

    function bandCell(entry, data) {
        var td = element('td', 'pmo-raid-log-score');
        if (entry.score === null || entry.score === undefined) {
            td.textContent = AJS.I18n.getText('pmo.raid.log.unrated');
            return td;
        }
        td.appendChild(element('span', 'pmo-raid-log-score-value', entry.score));
        if (entry.band) {
            var lozenge = element('span', 'aui-lozenge pmo-raid-log-band');
            lozenge.textContent = view.paintBand(lozenge, data, entry.band);
            lozenge.setAttribute('data-band', String(entry.band));
            td.appendChild(document.createTextNode(' '));
            td.appendChild(lozenge);
        }
        return td;
    }

    function planCell(plan) {
        var full = text(plan);
        var td = element('td', 'pmo-raid-log-plan', full.length > PLAN_LENGTH
            ? full.substring(0, PLAN_LENGTH) + '\u2026' : full);
        if (full) {
            td.title = full;
        }
        return td;
    }

    /** What a dependency waits for, with that issue's state: resolved, not yet, or not one the viewer may see. */
    function dependsOnCell(dependsOn, needBy) {
        var td = element('td', 'pmo-raid-log-dependson');
        if (!dependsOn) {
            return td;
        }
        if (!dependsOn.visible) {
            // An issue the viewer may not see is never named.
            td.appendChild(element('span', 'pmo-raid-log-dependson-hidden', DEPENDENCY_STATES.unknown));
            td.setAttribute('data-state', 'unknown');
            return td;
        }
        var link = td.appendChild(element('a', null, dependsOn.key));
        link.href = contextPath() + '/browse/' + encodeURIComponent(dependsOn.key);
        var state = dependsOn.resolved === true ? 'resolved' : dependsOn.resolved === false ? 'open' : 'unknown';
        var lozenge = element('span', 'aui-lozenge pmo-raid-log-dependson-state' + (state === 'resolved'
            ? ' aui-lozenge-success' : state === 'open' ? ' aui-lozenge-current' : ''),
            DEPENDENCY_STATES[state]);
        lozenge.setAttribute('data-state', state);
        td.appendChild(document.createTextNode(' '));
        td.appendChild(lozenge);
        if (needBy) {
            td.appendChild(element('div', 'pmo-raid-log-needby', AJS.I18n.getText('pmo.raid.panel.needby', needBy)));
        }
        return td;
    }

    function attentionCell(reasons) {
        var td = element('td', 'pmo-raid-log-attention');
        (reasons || []).forEach(function (reason) {
            var badge = element('span', 'aui-lozenge aui-lozenge-moved pmo-raid-log-badge',
                ATTENTION[reason.rule] || String(reason.rule));
            badge.title = text(reason.message);
            badge.setAttribute('data-rule', String(reason.rule));
            td.appendChild(badge);
            td.appendChild(document.createTextNode(' '));
        });
        return td;
    }

    function entryRow(entry, data) {
        var row = element('tr', 'pmo-raid-log-entry');
        row.setAttribute('data-key', text(entry.key));
        row.setAttribute('data-probability', text(entry.probability));
        row.setAttribute('data-impact', text(entry.impact));
        row.setAttribute('data-review-date', text(entry.reviewDate));
        var key = element('td', 'pmo-raid-log-key');
        var link = key.appendChild(element('a', null, entry.key));
        link.href = contextPath() + '/browse/' + encodeURIComponent(entry.key);
        row.appendChild(key);
        row.appendChild(element('td', 'pmo-raid-log-summary', entry.summary));
        row.appendChild(element('td', 'pmo-raid-log-type', TYPES[entry.type] || text(entry.type)));
        row.appendChild(bandCell(entry, data));
        row.appendChild(element('td', 'pmo-raid-log-probability', entry.probability));
        row.appendChild(element('td', 'pmo-raid-log-impact', entry.impact));
        row.appendChild(element('td', 'pmo-raid-log-roam', entry.roam ? ROAMS[entry.roam] || entry.roam
            : AJS.I18n.getText('pmo.raid.log.roam.none')));
        var owner = element('td', 'pmo-raid-log-owner', entry.owner ? entry.owner.name || entry.owner.key : '');
        if (entry.owner) {
            owner.title = text(entry.owner.key);
        }
        row.appendChild(owner);
        row.appendChild(element('td', 'pmo-raid-log-proximity', entry.proximity));
        row.appendChild(element('td', 'pmo-raid-log-review', entry.reviewDate));
        var updated = element('td', 'pmo-raid-log-updated', text(entry.updated).substring(0, 10));
        updated.title = text(entry.updated);
        row.appendChild(updated);
        row.appendChild(element('td', 'pmo-raid-log-status', entry.status));
        row.appendChild(dependsOnCell(entry.dependsOn, entry.needBy));
        row.appendChild(planCell(entry.responsePlan));
        row.appendChild(attentionCell(entry.attention));
        var actions = element('td', 'pmo-raid-log-actions');
        var edit = element('button', 'aui-button aui-button-subtle pmo-raid-log-edit',
            AJS.I18n.getText('pmo.raid.entry.edit'));
        edit.type = 'button';
        edit.setAttribute('data-key', text(entry.key));
        edit.setAttribute('aria-label', AJS.I18n.getText('pmo.raid.entry.edit.label', text(entry.key)));
        edit.setAttribute('aria-controls', 'pmo-raid-entry-editor');
        actions.appendChild(edit);
        row.appendChild(actions);
        return row;
    }

    /** The key of an entry's group: its project, or its owner's user key ('' without an owner). */
    function groupKey(entry, group) {
        if (group === 'project') {
            return text(entry.projectKey);
        }
        return entry.owner ? text(entry.owner.key) : '';
    }

    /** The row that opens a group: its name and counts, and a link that filters the log to it. */
    function groupRow(group, key, counts, page) {
        var row = element('tr', 'pmo-raid-log-group');
        row.setAttribute('data-group-key', key);
        var th = element('th');
        th.setAttribute('colspan', String(COLUMNS.length));
        th.setAttribute('scope', 'rowgroup');
        var name = counts && counts.name ? counts.name : key === '' ? AJS.I18n.getText('pmo.raid.log.group.noowner')
            : key;
        th.appendChild(element('span', 'pmo-raid-log-group-name', name));
        if (counts) {
            th.appendChild(element('span', 'pmo-raid-log-group-counts', AJS.I18n.getText('pmo.raid.log.group.counts',
                String(counts.total), String(counts.needsAttention))));
            th.querySelector('.pmo-raid-log-group-counts').setAttribute('data-total', String(counts.total));
        }
        if (key !== '') {
            var only = element('a', 'pmo-raid-log-group-only', AJS.I18n.getText('pmo.raid.log.group.only'));
            var state = copy(page.state);
            state[group === 'project' ? 'project' : 'owner'] = group === 'project' ? key : [key];
            delete state.group;
            delete state.startAt;
            only.href = page.location.pathname + queryString(parameters(state));
            th.appendChild(only);
        }
        row.appendChild(th);
        return row;
    }

    function renderTable(data, page) {
        var table = element('table', 'aui pmo-raid-log');
        table.id = 'pmo-raid-log-entries';
        table.appendChild(element('caption', 'assistive', AJS.I18n.getText('pmo.raid.log.caption')));
        var head = element('thead');
        head.appendChild(headerRow(data, page));
        table.appendChild(head);
        var body = element('tbody');
        if (data.entries.length === 0) {
            var empty = element('tr', 'pmo-raid-log-none');
            var cell = element('td', null, AJS.I18n.getText('pmo.raid.log.empty'));
            cell.setAttribute('colspan', String(COLUMNS.length));
            empty.appendChild(cell);
            body.appendChild(empty);
        }
        var group = page.state.group;
        var counts = {};
        (data.groups || []).forEach(function (each) {
            counts[each.key === null ? '' : each.key] = each;
        });
        var previous = null;
        data.entries.forEach(function (entry) {
            if (group) {
                var key = groupKey(entry, group);
                if (key !== previous) {
                    body.appendChild(groupRow(group, key, counts[key], page));
                    previous = key;
                }
            }
            body.appendChild(entryRow(entry, data));
        });
        table.appendChild(body);
        return table;
    }

    function Page(root, location, history) {
        this.root = root;
        this.location = location;
        this.history = history;
        this.section = root.getElementById('pmo-raid-log-page');
        this.form = root.getElementById('pmo-raid-log-filters');
        this.table = root.getElementById('pmo-raid-log-table');
        this.heatmap = root.getElementById('pmo-raid-log-heatmap');
        this.range = root.getElementById('pmo-raid-log-range');
        this.previous = root.getElementById('pmo-raid-log-previous');
        this.next = root.getElementById('pmo-raid-log-next');
        this.cellFilter = root.getElementById('pmo-raid-log-cell-filter');
        this.project = this.section.getAttribute('data-project') || '';
        this.state = readState(location.search, this.project);
        this.data = null;
    }

    /** Moves to another state: into the URL, the controls and the table; the heat map too when asked. */
    Page.prototype.navigate = function (state, withHeatMap) {
        this.state = state;
        this.history.pushState(null, '', this.location.pathname + queryString(parameters(state)));
        return this.show(withHeatMap);
    };

    Page.prototype.show = function (withHeatMap) {
        applyToForm(this.form, this.state);
        this.showCellFilter();
        var loads = [this.loadLog()];
        if (withHeatMap) {
            loads.push(this.loadHeatMap());
        }
        return Promise.all(loads);
    };

    Page.prototype.showCellFilter = function () {
        var cell = cellOf(this.state);
        this.cellFilter.hidden = !cell;
        this.root.getElementById('pmo-raid-log-cell-text').textContent = cell
            ? AJS.I18n.getText('pmo.raid.log.cell.active', cell.probability, cell.impact) : '';
        Array.prototype.slice.call(this.heatmap.querySelectorAll('td.pmo-heatmap-cell')).forEach(function (td) {
            var active = !!cell && td.getAttribute('data-probability') === cell.probability
                && td.getAttribute('data-impact') === cell.impact;
            td.classList.toggle('pmo-heatmap-cell-active', active);
            if (active) {
                td.setAttribute('aria-current', 'true');
            } else {
                td.removeAttribute('aria-current');
            }
        });
    };

    Page.prototype.loadLog = function () {
        var page = this;
        var table = this.table;
        table.removeAttribute('data-loaded');
        table.setAttribute('aria-busy', 'true');
        var state = this.state;
        var exportLink = this.section.querySelector('#pmo-raid-log-export');
        if (exportLink) {
            // Exactly what the table shows, all of it: the same filters and order, without the paging.
            var all = parameters(state);
            delete all.startAt;
            delete all.maxResults;
            exportLink.href = contextPath() + LOG + '/csv' + queryString(all);
        }
        var loads = [rest.get(LOG, parameters(state))];
        if (state.group) {
            var grouped = parameters(state);
            delete grouped.startAt;
            delete grouped.maxResults;
            delete grouped.sort;
            delete grouped.order;
            loads.push(rest.get(LOG + '/groups', grouped));
        }
        return Promise.all(loads).then(function (answers) {
            var data = answers[0];
            data.groups = answers[1] ? answers[1].groups : [];
            if (page.state !== state) {
                return;
            }
            errors.clear(page.section);
            page.data = data;
            dom.clear(table);
            table.appendChild(renderTable(data, page));
            page.showRange(data);
            table.removeAttribute('aria-busy');
            table.setAttribute('data-loaded', 'true');
        }).catch(function (failure) {
            if (page.state !== state) {
                return;
            }
            dom.clear(table);
            var box = element('div', 'aui-message aui-message-error pmo-raid-log-failed');
            box.appendChild(element('p', null, AJS.I18n.getText('pmo.common.error.load')));
            table.appendChild(box);
            page.showRange(null);
            errors.show(failure, page.section);
            table.removeAttribute('aria-busy');
            table.setAttribute('data-loaded', 'error');
        });
    };

    Page.prototype.showRange = function (data) {
        if (!data) {
            this.range.textContent = '';
            this.range.removeAttribute('data-total');
            this.previous.disabled = true;
            this.next.disabled = true;
            return;
        }
        var shown = data.entries.length;
        this.range.setAttribute('data-total', String(data.total));
        this.range.textContent = shown === 0 ? AJS.I18n.getText('pmo.raid.log.range.none', String(data.total))
            : AJS.I18n.getText('pmo.raid.log.range', String(data.startAt + 1), String(data.startAt + shown),
                String(data.total));
        this.previous.disabled = data.startAt <= 0;
        this.next.disabled = data.startAt + shown >= data.total;
    };

    Page.prototype.turn = function (forward) {
        if (!this.data) {
            return null;
        }
        var state = copy(this.state);
        var start = this.data.startAt + (forward ? this.data.maxResults : -this.data.maxResults);
        if (start > 0) {
            state.startAt = String(start);
        } else {
            delete state.startAt;
        }
        return this.navigate(state, false);
    };

    Page.prototype.cellUrl = function (cell) {
        var state = copy(this.state);
        state.cell = cell.probability + 'x' + cell.impact;
        delete state.startAt;
        return this.location.pathname + queryString(parameters(state));
    };

    Page.prototype.loadHeatMap = function () {
        var page = this;
        var container = this.heatmap;
        container.removeAttribute('data-loaded');
        var params = {type: this.state.type};
        if (this.project) {
            params.project = this.project;
        }
        return rest.get(HEATMAP, params).then(function (data) {
            dom.clear(container);
            container.appendChild(view.render(data, {
                id: 'pmo-raid-log-map',
                showScope: !page.project,
                cellHref: function (cell) {
                    return page.cellUrl(cell);
                }
            }));
            page.showCellFilter();
            container.setAttribute('data-loaded', 'true');
        }).catch(function () {
            // The table's load shows the reasons; the heat map only says that it is missing.
            dom.clear(container);
            container.appendChild(element('p', 'pmo-heatmap-failed', AJS.I18n.getText('pmo.common.error.load')));
            container.setAttribute('data-loaded', 'error');
        });
    };

    /**
     * Offers the owners of the scope's RAID entries in the owner fields (a datalist of user keys with their names),
     * from GET /raid/log/groups?group=owner over every entry, open or closed; a failure only leaves the list empty.
     */
    Page.prototype.loadOwners = function () {
        var list = this.root.getElementById('pmo-raid-owners');
        if (!list) {
            return Promise.resolve();
        }
        var params = {group: 'owner', open: 'false'};
        if (this.project) {
            params.project = this.project;
        }
        return rest.get(LOG + '/groups', params).then(function (answer) {
            dom.clear(list);
            answer.groups.filter(function (group) {
                return group.key !== null;
            }).forEach(function (group) {
                var option = document.createElement('option');
                option.value = group.key;
                option.label = group.name || group.key;
                option.textContent = group.name || group.key;
                list.appendChild(option);
            });
            list.setAttribute('data-loaded', 'true');
        }).catch(function () {
            list.setAttribute('data-loaded', 'error');
        });
    };

    Page.prototype.bind = function () {
        var page = this;
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            page.navigate(readForm(page.form, page.state), true);
        });
        this.previous.addEventListener('click', function () {
            page.turn(false);
        });
        this.next.addEventListener('click', function () {
            page.turn(true);
        });
        this.root.getElementById('pmo-raid-log-cell-clear').addEventListener('click', function () {
            var state = copy(page.state);
            delete state.cell;
            delete state.startAt;
            page.navigate(state, false);
        });
        this.heatmap.addEventListener('click', function (event) {
            var link = event.target.closest ? event.target.closest('a.pmo-heatmap-cell-link') : null;
            var td = link ? link.closest('td.pmo-heatmap-cell') : null;
            if (!td || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
                return;
            }
            event.preventDefault();
            var state = copy(page.state);
            state.cell = td.getAttribute('data-probability') + 'x' + td.getAttribute('data-impact');
            delete state.startAt;
            page.navigate(state, false);
        });
        this.editor = entryEditor.start(this.root, this.root.getElementById('pmo-raid-log-add'), function () {
            return page.show(true);
        });
        this.table.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button.pmo-raid-log-edit') : null;
            if (button && page.editor) {
                page.editor.edit(button.getAttribute('data-key'));
            }
        });
        window.addEventListener('popstate', function () {
            var types = page.state.type.join(',');
            page.state = readState(page.location.search, page.project);
            page.show(page.state.type.join(',') !== types);
        });
    };

    function start(root) {
        if (!root.getElementById('pmo-raid-log-table')) {
            return null;
        }
        var page = new Page(root, window.location, window.history);
        page.bind();
        page.loadOwners();
        return page.show(true);
    }

    return {
        start: start,
        readState: readState,
        parameters: parameters
    };
});

require(['pmo/common/dom', 'pmo/raid/log-page'], function (dom, page) {
    'use strict';
    dom.ready(function () {
        page.start(document);
    });
});
