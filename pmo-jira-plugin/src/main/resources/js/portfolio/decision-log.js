/*
 * pmo/portfolio/decision-log: the board's Decision log view (view=log): every decision on the portfolio, newest
 * first, from GET /rest/pmo/1.0/portfolios/{id}/audit, 50 a page (logStart in the URL): when, who (by name), what,
 * the initiative and the reason given. Decisions about initiatives the viewer may not see are not in it, nor in
 * its count. Everything is shown as text.
 *
 * Hooks for tests and styles (inside the board's #pmo-portfolio-content):
 *   #pmo-decision-log[data-loaded]    true once drawn; data-total
 *   table#pmo-decision-log-table      tr.pmo-decision[data-entry][data-action]: td.pmo-decision-at, -by (title: the
 *                                     user key), -what, -initiative (a link to the issue), -detail, -reason
 *   #pmo-decision-log-none            when nothing was decided yet
 *   #pmo-decision-log-paging          #pmo-decision-log-newer, #pmo-decision-log-older, #pmo-decision-log-range
 */
define('pmo/portfolio/decision-log', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom',
    'pmo/common/format', 'wrm/context-path'],
function (rest, errors, dom, format, contextPath) {
    'use strict';

    var element = dom.element;
    var PAGE_SIZE = 50;
    /** The URL query parameters this view keeps its state in. */
    var PARAMS = ['logStart'];
    /** A move's detail in words: where it went, when not between two others (who may be hidden from the reader). */
    var MOVED_TO = {
        top: AJS.I18n.getText('pmo.portfolio.log.detail.top'),
        bottom: AJS.I18n.getText('pmo.portfolio.log.detail.bottom')
    };

    function detail(entry) {
        return entry.action === 'RANK_MOVED' && Object.prototype.hasOwnProperty.call(MOVED_TO, entry.detail)
            ? MOVED_TO[entry.detail] : (entry.detail || '');
    }

    function startOf(params) {
        var start = parseInt(params.logStart, 10);
        return isNaN(start) || start < 0 ? 0 : start;
    }

    function Log(container, context) {
        this.container = container;
        this.context = context;
        this.start = startOf(context.params || {});
    }

    Log.prototype.load = function () {
        var log = this;
        return rest.get(this.context.restPath + '/audit', {startAt: this.start, maxResults: PAGE_SIZE})
            .then(function (page) {
                if (log.context.current()) {
                    log.draw(page);
                }
            });
    };

    Log.prototype.draw = function (page) {
        var log = this;
        var root = dom.clear(this.container).appendChild(element('section', 'pmo-decision-log'));
        root.id = 'pmo-decision-log';
        root.setAttribute('data-total', String(page.total));
        root.appendChild(element('h3', 'pmo-decision-log-heading', AJS.I18n.getText('pmo.portfolio.log.heading')));
        root.appendChild(element('p', 'pmo-decision-log-intro', AJS.I18n.getText('pmo.portfolio.log.intro')));
        if (!page.entries.length) {
            var none = root.appendChild(element('p', 'pmo-decision-log-none',
                AJS.I18n.getText('pmo.portfolio.log.none')));
            none.id = 'pmo-decision-log-none';
            root.setAttribute('data-loaded', 'true');
            return;
        }
        var table = root.appendChild(element('table', 'aui pmo-decision-log-table'));
        table.id = 'pmo-decision-log-table';
        var head = table.appendChild(element('thead')).appendChild(element('tr'));
        [AJS.I18n.getText('pmo.portfolio.log.column.at'), AJS.I18n.getText('pmo.portfolio.log.column.by'),
            AJS.I18n.getText('pmo.portfolio.log.column.what'), AJS.I18n.getText('pmo.portfolio.log.column.initiative'),
            AJS.I18n.getText('pmo.portfolio.log.column.detail'), AJS.I18n.getText('pmo.portfolio.log.column.reason')]
            .forEach(function (label) {
                head.appendChild(element('th', null, label)).setAttribute('scope', 'col');
            });
        var body = table.appendChild(element('tbody'));
        page.entries.forEach(function (entry) {
            var row = body.appendChild(element('tr', 'pmo-decision'));
            row.setAttribute('data-entry', String(entry.id));
            row.setAttribute('data-action', entry.action);
            var at = row.appendChild(element('td', 'pmo-decision-at', format.dateTime(entry.at)));
            at.title = entry.at;
            var by = row.appendChild(element('td', 'pmo-decision-by', entry.byName || entry.by));
            by.title = entry.by;
            row.appendChild(element('td', 'pmo-decision-what', entry.actionName));
            var initiative = row.appendChild(element('td', 'pmo-decision-initiative'));
            if (entry.issueKey) {
                var link = initiative.appendChild(element('a', null, entry.issueKey));
                link.href = contextPath() + '/browse/' + encodeURIComponent(entry.issueKey);
            }
            row.appendChild(element('td', 'pmo-decision-detail', detail(entry)));
            row.appendChild(element('td', 'pmo-decision-reason', entry.reason || ''));
        });

        var paging = root.appendChild(element('nav', 'pmo-decision-log-paging'));
        paging.id = 'pmo-decision-log-paging';
        paging.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.log.paging'));
        var newer = paging.appendChild(element('button', 'aui-button', AJS.I18n.getText('pmo.portfolio.log.newer')));
        newer.type = 'button';
        newer.id = 'pmo-decision-log-newer';
        newer.disabled = this.start === 0;
        var older = paging.appendChild(element('button', 'aui-button', AJS.I18n.getText('pmo.portfolio.log.older')));
        older.type = 'button';
        older.id = 'pmo-decision-log-older';
        older.disabled = this.start + page.entries.length >= page.total;
        var range = paging.appendChild(element('span', 'pmo-decision-log-range', AJS.I18n.getText(
            'pmo.portfolio.log.range', this.start + 1, this.start + page.entries.length, page.total)));
        range.id = 'pmo-decision-log-range';
        newer.addEventListener('click', function () {
            log.go(Math.max(0, log.start - PAGE_SIZE));
        });
        older.addEventListener('click', function () {
            log.go(log.start + PAGE_SIZE);
        });
        root.setAttribute('data-loaded', 'true');
    };

    Log.prototype.go = function (start) {
        var log = this;
        this.start = start;
        this.context.setParams({logStart: start === 0 ? null : start});
        return this.load().catch(function (failure) {
            errors.show(failure, log.container);
        });
    };

    return {
        PARAMS: PARAMS,
        /**
         * Draws the log into the container; see pmo/portfolio/board-page's panelContext for the context.
         *
         * @return a Promise settled once the log is drawn (rejected with the REST failure)
         */
        render: function (container, context) {
            return new Log(container, context).load();
        }
    };
});
