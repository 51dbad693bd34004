/*
 * pmo/portfolio/board-page: the portfolio board, /plugins/servlet/pmo/portfolio/board?portfolio=ID, drawn from
 * GET /rest/pmo/1.0/portfolios/{id}/items a page at a time (100 rows; never more than one page in the DOM).
 *
 * The page's state lives in its URL query: portfolio, the filters project, status, theme and owner (each
 * repeatable, as the REST resource takes them), startAt, and view=matrix or the name of a panel view (see PANELS:
 * view=scenarios, pmo/portfolio/scenario-view; view=intake, pmo/portfolio/intake-lane; view=log,
 * pmo/portfolio/decision-log) with that view's own
 * parameters; the filters, the page buttons and
 * the view switch change it with history.pushState and draw the board again, never the page. In a panel view the
 * filters, the summary, the exports and the paging are hidden: they are the ranked list's (the filters stay in the
 * URL for it). print=true draws up to
 * 500 rows and opens the browser's print dialog once they are drawn.
 *
 * Writes go through pmo/common/rest with the board's rank version: a move (drag and drop, or the keyboard: see
 * pmo/portfolio/rank-mover) is POST ranks with the new neighbours on the page; the row menu forces in or out,
 * clears the forcing (PUT items/{key}/forcing) or returns an initiative to its score's place (DELETE ranks/{key});
 * each asks for an optional reason first. A 409 shows the server's message in a flag and the board is loaded
 * again. Scoring inputs are edited in pmo/portfolio/inputs-editor; scores are explained by
 * pmo/portfolio/score-popover.
 *
 * Hooks for tests and styles (all below #pmo-portfolio-board-page):
 *   #pmo-portfolio-board[data-loaded]   true or error after each load (absent while loading); data-view list|matrix|
 *                                       scenarios|intake
 *   #pmo-portfolio-filters              the filters: details.pmo-filter[data-filter=project|status|theme|owner],
 *                                       each with input[type=checkbox][name=...][value=...]; #pmo-portfolio-clear-filters
 *   #pmo-portfolio-view-list, -matrix, -scenarios, -intake, -log   the view switch
 *                                       (aria-pressed)
 *   #pmo-portfolio-csv, #pmo-portfolio-print               the export links, with the current filters
 *   #pmo-portfolio-refresh              "Refresh from Jira": POST refresh, then the board is loaded again (the
 *                                       server keeps each viewer's initiatives for minutes; edits made in Jira's
 *                                       own screens show after it)
 *   #pmo-portfolio-summary              the summary bar: #pmo-summary-visible, -matching, -funded, -committed,
 *                                       -unscored, -read-at (each data-value; -read-at's is when the initiatives
 *                                       were read from Jira), #pmo-portfolio-overcommitted (a warning)
 *   table#pmo-portfolio-table           the ranked rows: tr.pmo-portfolio-row[data-key][data-rank][data-funding]
 *                                       [data-forcing][data-manual], cells td.pmo-col-*; the score
 *                                       button.pmo-score-button[data-key] (data-score), .pmo-unscored-badge and
 *                                       .pmo-missing-inputs; span.pmo-funding-badge[data-funding];
 *                                       .pmo-manual-marker and .pmo-forcing-marker[data-forcing] (title: who, when,
 *                                       why); button.pmo-edit-inputs; button.pmo-row-menu-button (only with mayRank)
 *   button.pmo-rank-handle              a row's move handle (only with mayRank; aria-pressed while picked up)
 *   tr.pmo-cut-line[data-rank-above]    the capacity cut line, after the last row ranked above it
 *   #pmo-portfolio-paging               #pmo-portfolio-previous, #pmo-portfolio-next, button.pmo-page-button
 *                                       [data-page] (aria-current on the current page), #pmo-portfolio-range
 *                                       ("Rows X-Y of N", data-total)
 *   #pmo-portfolio-announcer            the polite live region that announces moves
 *   #pmo-row-menu                       the row menu (role=menu): button[role=menuitem][data-action=force-in|
 *                                       force-out|clear-forcing|reset]
 *   #pmo-reason-dialog                  the reason prompt: #pmo-reason-input, #pmo-reason-confirm, #pmo-reason-cancel
 *   #pmo-score-popover                  the score explanation (pmo/portfolio/score-popover)
 *   #pmo-inputs-editor                  the inputs editor (pmo/portfolio/inputs-editor)
 *   svg#pmo-portfolio-matrix            the matrix view's chart, circle.pmo-matrix-point[data-key]
 *                                       (pmo/portfolio/matrix-view); #pmo-matrix-note
 *   #pmo-scenario-view                  the Scenarios view (pmo/portfolio/scenario-view)
 *   #pmo-intake-lane                    the Intake view (pmo/portfolio/intake-lane)
 */
define('pmo/portfolio/board-page', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom', 'pmo/common/flags',
    'pmo/common/format', 'wrm/context-path', 'pmo/portfolio/board-model', 'pmo/portfolio/dialog',
    'pmo/portfolio/rank-mover', 'pmo/portfolio/score-popover', 'pmo/portfolio/inputs-editor',
    'pmo/portfolio/matrix-view', 'pmo/portfolio/scenario-view', 'pmo/portfolio/intake-lane',
    'pmo/portfolio/decision-log'],
function (rest, errors, dom, flags, format, contextPath, model, dialog, rankMover, scorePopover, inputsEditor,
    matrixView, scenarioView, intakeLane, decisionLog) {
    'use strict';

    var when = format.dateTime;
    var flagSuccess = flags.success;

    var PORTFOLIOS = '/rest/pmo/1.0/portfolios';
    var PAGE_SIZE = 100;
    var MAX_PAGE = 500;
    var FILTERS = ['project', 'status', 'theme', 'owner'];
    var FACETS = {project: 'projects', status: 'statuses', theme: 'themes', owner: 'owners'};
    var element = dom.element;

    /**
     * Views that a module of their own draws in place of the ranked rows, by their name in view=: label, the URL
     * parameters the view keeps its state in, and the module, whose render(container, context) draws it and
     * returns a Promise (see Page.prototype.panelContext for the context).
     */
    var PANELS = {
        scenarios: {label: AJS.I18n.getText('pmo.portfolio.board.view.scenarios'), params: scenarioView.PARAMS,
            module: scenarioView},
        intake: {label: AJS.I18n.getText('pmo.portfolio.board.view.intake'), params: intakeLane.PARAMS,
            module: intakeLane},
        log: {label: AJS.I18n.getText('pmo.portfolio.board.view.log'), params: decisionLog.PARAMS,
            module: decisionLog}
    };

    function panel(view) {
        return Object.prototype.hasOwnProperty.call(PANELS, view) ? PANELS[view] : null;
    }

    var FILTER_LABELS = {
        project: AJS.I18n.getText('pmo.portfolio.board.filter.project'),
        status: AJS.I18n.getText('pmo.portfolio.board.filter.status'),
        theme: AJS.I18n.getText('pmo.portfolio.board.filter.theme'),
        owner: AJS.I18n.getText('pmo.portfolio.board.filter.owner')
    };
    var FORCING = {
        IN: AJS.I18n.getText('pmo.portfolio.board.forced.in'),
        OUT: AJS.I18n.getText('pmo.portfolio.board.forced.out')
    };
    /** The row menu's actions: a forcing to send (null: back to the score's place) and the reason prompt's title. */
    var ACTIONS = {
        'force-in': {label: AJS.I18n.getText('pmo.portfolio.board.action.force-in'), forcing: 'IN',
            title: function (key) {
                return AJS.I18n.getText('pmo.portfolio.board.action.force-in.title', key);
            }},
        'force-out': {label: AJS.I18n.getText('pmo.portfolio.board.action.force-out'), forcing: 'OUT',
            title: function (key) {
                return AJS.I18n.getText('pmo.portfolio.board.action.force-out.title', key);
            }},
        'clear-forcing': {label: AJS.I18n.getText('pmo.portfolio.board.action.clear-forcing'), forcing: 'NONE',
            title: function (key) {
                return AJS.I18n.getText('pmo.portfolio.board.action.clear-forcing.title', key);
            }},
        reset: {label: AJS.I18n.getText('pmo.portfolio.board.action.reset'), forcing: null,
            title: function (key) {
                return AJS.I18n.getText('pmo.portfolio.board.action.reset.title', key);
            }}
    };

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function copy(state) {
        return JSON.parse(JSON.stringify(state));
    }

    /**
     * The state in a URL query: {project: [], status: [], theme: [], owner: [], startAt, view, print, panel}, where
     * panel holds a panel view's own parameters.
     */
    function readState(search, fallback) {
        var query = new URLSearchParams(search);
        var state = {};
        FILTERS.forEach(function (name) {
            state[name] = query.getAll(name).filter(function (value) {
                return value !== '';
            });
        });
        var startAt = parseInt(query.get('startAt') || '0', 10);
        state.startAt = isFinite(startAt) && startAt > 0 ? startAt : 0;
        var view = query.get('view') === null ? fallback : query.get('view');
        state.view = view === 'matrix' || panel(view) ? view : 'list';
        state.print = query.get('print') === 'true';
        state.panel = {};
        (panel(state.view) ? panel(state.view).params : []).forEach(function (name) {
            if (query.get(name) !== null && query.get(name) !== '') {
                state.panel[name] = query.get(name);
            }
        });
        return state;
    }

    function filtered(state) {
        return FILTERS.some(function (name) {
            return state[name].length > 0;
        });
    }

    /** The filters as query parameters, for the REST calls, the exports and the page's URL. */
    function filterParameters(state) {
        var params = {};
        FILTERS.forEach(function (name) {
            if (state[name].length) {
                params[name] = state[name].slice();
            }
        });
        return params;
    }

    /** What GET items is asked for: the filters and the page (in the matrix and in print, the first 500). */
    function restParameters(state) {
        var params = filterParameters(state);
        if (state.view === 'matrix' || state.print) {
            params.startAt = '0';
            params.maxResults = String(MAX_PAGE);
        } else {
            params.startAt = String(state.startAt);
            params.maxResults = String(PAGE_SIZE);
        }
        return params;
    }

    function queryString(params) {
        var query = new URLSearchParams();
        Object.keys(params).forEach(function (name) {
            [].concat(params[name]).forEach(function (value) {
                query.append(name, value);
            });
        });
        return query.toString();
    }

    function pageUrl(pathname, portfolio, state) {
        var params = {portfolio: portfolio};
        var filters = filterParameters(state);
        Object.keys(filters).forEach(function (name) {
            params[name] = filters[name];
        });
        if (state.startAt > 0 && state.view === 'list') {
            params.startAt = String(state.startAt);
        }
        if (state.view !== 'list') {
            params.view = state.view;
        }
        Object.keys(state.panel || {}).forEach(function (name) {
            params[name] = state.panel[name];
        });
        return pathname + '?' + queryString(params);
    }

    /** A link with the filters added to its own query. */
    function withFilters(url, state) {
        var extra = queryString(filterParameters(state));
        if (!url || !extra) {
            return url;
        }
        return url + (url.indexOf('?') < 0 ? '?' : '&') + extra;
    }


    /** Who moved or forced an initiative by hand, when and why, in words. */
    function manualText(manual) {
        if (!manual) {
            return '';
        }
        var by = text(manual.byName || manual.by);
        return manual.reason ? AJS.I18n.getText('pmo.portfolio.board.manual.detail.reason', by, when(manual.at),
            text(manual.reason))
            : AJS.I18n.getText('pmo.portfolio.board.manual.detail', by, when(manual.at));
    }


    function Page(root, location, history) {
        this.root = root;
        this.location = location;
        this.history = history;
        this.section = root.getElementById('pmo-portfolio-board-page');
        this.board = root.getElementById('pmo-portfolio-board');
        this.portfolio = this.section.getAttribute('data-portfolio');
        var restUrl = this.section.getAttribute('data-rest-url') || PORTFOLIOS;
        var context = contextPath();
        if (context && restUrl.indexOf(context) === 0) {
            restUrl = restUrl.substring(context.length);
        }
        this.restPath = restUrl + '/' + encodeURIComponent(this.portfolio);
        this.csvUrl = this.section.getAttribute('data-csv-url') || '';
        this.printUrl = this.section.getAttribute('data-print-url') || '';
        this.mayRank = this.section.getAttribute('data-may-rank') === 'true';
        this.state = readState(location.search, this.section.getAttribute('data-view'));
        this.data = null;
        this.loads = 0;
        this.printed = false;
        this.facetKeys = null;
    }

    /** The board's fixed parts; the summary, the table or matrix and the paging are drawn into them on each load. */
    Page.prototype.build = function () {
        var page = this;
        var board = dom.clear(this.board);
        this.announcer = board.appendChild(element('div', 'assistive'));
        this.announcer.id = 'pmo-portfolio-announcer';
        this.announcer.setAttribute('role', 'status');
        this.announcer.setAttribute('aria-live', 'polite');
        this.announcer.setAttribute('aria-atomic', 'true');
        var instructions = board.appendChild(element('p', 'assistive', AJS.I18n.getText(
            'pmo.portfolio.board.move.instructions')));
        instructions.id = 'pmo-rank-instructions';

        var toolbar = board.appendChild(element('form', 'aui pmo-portfolio-toolbar'));
        toolbar.id = 'pmo-portfolio-filters';
        toolbar.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.filters'));
        this.filters = toolbar.appendChild(element('div', 'pmo-portfolio-filter-group'));
        var clear = toolbar.appendChild(element('button', 'aui-button aui-button-link pmo-portfolio-clear',
            AJS.I18n.getText('pmo.portfolio.board.filter.clear')));
        clear.type = 'button';
        clear.id = 'pmo-portfolio-clear-filters';
        this.clearFilters = clear;

        var views = toolbar.appendChild(element('div', 'aui-buttons pmo-portfolio-views'));
        views.setAttribute('role', 'group');
        views.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.view'));
        this.viewButtons = {};
        [['list', AJS.I18n.getText('pmo.portfolio.board.view.list')],
            ['matrix', AJS.I18n.getText('pmo.portfolio.board.view.matrix')]].concat(Object.keys(PANELS)
            .map(function (name) {
                return [name, PANELS[name].label];
            })).forEach(function (view) {
                var button = views.appendChild(element('button', 'aui-button pmo-portfolio-view', view[1]));
                button.type = 'button';
                button.id = 'pmo-portfolio-view-' + view[0];
                button.setAttribute('data-view', view[0]);
                page.viewButtons[view[0]] = button;
            });

        var exports = toolbar.appendChild(element('div', 'pmo-portfolio-exports'));
        this.exports = exports;
        this.csv = exports.appendChild(element('a', 'aui-button pmo-portfolio-csv',
            AJS.I18n.getText('pmo.portfolio.board.export.csv')));
        this.csv.id = 'pmo-portfolio-csv';
        this.csv.setAttribute('download', 'portfolio-' + this.portfolio + '.csv');
        this.print = exports.appendChild(element('a', 'aui-button pmo-portfolio-print',
            AJS.I18n.getText('pmo.portfolio.board.export.print')));
        this.print.id = 'pmo-portfolio-print';
        this.print.target = '_blank';
        this.print.rel = 'noopener';
        this.refresh = exports.appendChild(element('button', 'aui-button pmo-portfolio-refresh',
            AJS.I18n.getText('pmo.portfolio.board.refresh')));
        this.refresh.type = 'button';
        this.refresh.id = 'pmo-portfolio-refresh';
        this.refresh.title = AJS.I18n.getText('pmo.portfolio.board.refresh.title');

        this.summary = board.appendChild(element('div', 'pmo-portfolio-summary'));
        this.summary.id = 'pmo-portfolio-summary';
        this.content = board.appendChild(element('div', 'pmo-portfolio-content'));
        this.content.id = 'pmo-portfolio-content';
        this.content.appendChild(element('p', 'pmo-loading', AJS.I18n.getText('pmo.common.loading')));
        this.paging = board.appendChild(element('nav', 'pmo-portfolio-paging'));
        this.paging.id = 'pmo-portfolio-paging';
        this.paging.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.paging'));
        this.previous = this.paging.appendChild(element('button', 'aui-button',
            AJS.I18n.getText('pmo.portfolio.board.previous')));
        this.previous.type = 'button';
        this.previous.id = 'pmo-portfolio-previous';
        this.pages = this.paging.appendChild(element('span', 'pmo-portfolio-pages'));
        this.next = this.paging.appendChild(element('button', 'aui-button',
            AJS.I18n.getText('pmo.portfolio.board.next')));
        this.next.type = 'button';
        this.next.id = 'pmo-portfolio-next';
        this.range = this.paging.appendChild(element('span', 'pmo-portfolio-range'));
        this.range.id = 'pmo-portfolio-range';

        this.buildMenu();
        this.buildReasonDialog();
        this.explainer = scorePopover.start(this.restPath);
        this.editor = inputsEditor.start(this.restPath, function (item, explanation) {
            flagSuccess(explanation.scored ? AJS.I18n.getText('pmo.portfolio.board.inputs.saved', item.key,
                model.score(explanation.score)) : AJS.I18n.getText('pmo.portfolio.board.inputs.saved.unscored',
                item.key));
            return page.load({key: item.key, selector: 'button.pmo-edit-inputs'});
        });
        this.mover = rankMover.start(this.content, {
            announce: function (message) {
                page.announce(message);
            },
            commit: function (row, how) {
                page.commitMove(row, how);
            },
            cancel: function (row, how) {
                page.redraw(how === 'keyboard' ? {key: row.getAttribute('data-key'),
                    selector: 'button.pmo-rank-handle'} : null);
            }
        });
    };

    Page.prototype.announce = function (message) {
        var announcer = this.announcer;
        announcer.textContent = '';
        // A new text node in a cleared region is announced even when the text repeats.
        window.setTimeout(function () {
            announcer.textContent = message;
        }, 50);
    };

    /** Moves to another state: into the URL, then the board is loaded for it. */
    Page.prototype.navigate = function (state) {
        state.print = false;
        this.state = state;
        this.history.pushState(null, '', pageUrl(this.location.pathname, this.portfolio, state));
        return this.load(null);
    };

    /**
     * Loads the board for the current state and draws it.
     *
     * @param focus {key, selector}: the control of that row to focus once drawn, or null
     */
    Page.prototype.load = function (focus) {
        var page = this;
        var state = this.state;
        var call = ++this.loads;
        this.board.removeAttribute('data-loaded');
        this.board.setAttribute('aria-busy', 'true');
        this.board.setAttribute('data-view', state.view);
        this.showControls(state);
        if (panel(state.view)) {
            return this.loadPanel(call, state);
        }
        return rest.get(this.restPath + '/items', restParameters(state)).then(function (data) {
            if (call !== page.loads) {
                return;
            }
            page.data = data;
            page.mayRank = Boolean(data.mayRank);
            page.draw(focus);
            page.board.removeAttribute('aria-busy');
            page.board.setAttribute('data-loaded', 'true');
            if (state.print && !page.printed) {
                page.printed = true;
                window.setTimeout(function () {
                    window.print();
                }, 0);
            }
        }).catch(function (failure) {
            if (call !== page.loads) {
                return;
            }
            page.data = null;
            page.mover.reset();
            dom.clear(page.summary);
            dom.clear(page.content);
            var box = page.content.appendChild(element('div', 'aui-message aui-message-error pmo-portfolio-failed'));
            box.appendChild(element('p', null, AJS.I18n.getText('pmo.common.error.load')));
            page.showPaging(null);
            errors.show(failure, page.section);
            page.board.removeAttribute('aria-busy');
            page.board.setAttribute('data-loaded', 'error');
        });
    };

    /** Has the server read the portfolio's initiatives from Jira again, for every viewer, and loads the board. */
    Page.prototype.refreshFromJira = function () {
        var page = this;
        var button = this.refresh;
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        return rest.post(this.restPath + '/refresh').then(function () {
            return page.load();
        }).then(function () {
            if (page.data) {
                flagSuccess(AJS.I18n.getText('pmo.portfolio.board.refreshed', when(page.data.initiativesReadAt)));
            }
        }, function (failure) {
            errors.show(failure, page.section);
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    };

    /** Draws a panel view: it loads what it shows itself; the board's rows, summary and paging are put away. */
    Page.prototype.loadPanel = function (call, state) {
        var page = this;
        var current = function () {
            return call === page.loads;
        };
        this.data = null;
        this.mover.reset();
        this.closeMenu(false);
        this.explainer.close();
        dom.clear(this.summary);
        this.showPaging(null);
        dom.clear(this.content).appendChild(element('p', 'pmo-loading', AJS.I18n.getText('pmo.common.loading')));
        return Promise.resolve(panel(state.view).module.render(this.content, this.panelContext(state, current)))
            .then(function () {
                if (current()) {
                    page.board.removeAttribute('aria-busy');
                    page.board.setAttribute('data-loaded', 'true');
                }
            }, function (failure) {
                if (!current()) {
                    return;
                }
                dom.clear(page.content);
                var box = page.content.appendChild(element('div',
                    'aui-message aui-message-error pmo-portfolio-failed'));
                box.appendChild(element('p', null, AJS.I18n.getText('pmo.common.error.load')));
                errors.show(failure, page.section);
                page.board.removeAttribute('aria-busy');
                page.board.setAttribute('data-loaded', 'error');
            });
    };

    /**
     * What a panel view is given for one load: restPath (the portfolio's, below the context path), portfolio (its
     * id), mayRank, params (its own URL parameters as read), current() (false once the board has moved on: draw
     * nothing then), setParams(params) (records its state in the URL, loading nothing), announce(message) (the
     * board's live region), reload() (loads the board again, as it stands) and show(view) (switches the board to
     * another view and loads it); reload and show return the load's Promise.
     */
    Page.prototype.panelContext = function (state, current) {
        var page = this;
        return {
            restPath: this.restPath,
            portfolio: this.portfolio,
            mayRank: this.mayRank,
            params: copy(state.panel),
            current: current,
            setParams: function (params) {
                if (!current()) {
                    return;
                }
                var next = copy(page.state);
                next.panel = {};
                panel(next.view).params.forEach(function (name) {
                    if (params[name] !== undefined && params[name] !== null && params[name] !== '') {
                        next.panel[name] = String(params[name]);
                    }
                });
                page.state = next;
                page.history.pushState(null, '', pageUrl(page.location.pathname, page.portfolio, next));
            },
            announce: function (message) {
                page.announce(message);
            },
            reload: function () {
                return page.load(null);
            },
            show: function (view) {
                var next = copy(page.state);
                next.view = view;
                next.startAt = 0;
                next.panel = {};
                return page.navigate(next);
            }
        };
    };

    /** The view switch and export links for a state; they need no data. */
    Page.prototype.showControls = function (state) {
        var page = this;
        var inPanel = Boolean(panel(state.view));
        Object.keys(this.viewButtons).forEach(function (view) {
            var button = page.viewButtons[view];
            button.setAttribute('aria-pressed', String(view === state.view));
            button.classList.toggle('active', view === state.view);
        });
        var all = filterParameters(state);
        var csv = queryString(all);
        this.csv.href = this.csvUrl + (csv ? (this.csvUrl.indexOf('?') < 0 ? '?' : '&') + csv : '');
        this.print.href = withFilters(this.printUrl, state);
        this.clearFilters.hidden = inPanel || !filtered(state);
        this.filters.hidden = inPanel;
        this.exports.hidden = inPanel;
        this.summary.hidden = inPanel;
    };

    /** Draws the loaded data again, as it is: after a move was put back, or to undo a drag. */
    Page.prototype.redraw = function (focus) {
        if (this.data) {
            this.draw(focus);
        }
    };

    Page.prototype.draw = function (focus) {
        var data = this.data;
        this.mover.reset();
        this.closeMenu(false);
        this.explainer.close();
        this.drawFilters(data.facets);
        this.drawSummary(data);
        dom.clear(this.content);
        if (this.state.view === 'matrix') {
            this.drawMatrix(data);
            this.showPaging(null);
        } else {
            this.content.appendChild(this.table(data));
            this.showPaging(data);
        }
        if (focus) {
            var row = this.content.querySelector('tr.pmo-portfolio-row[data-key="' + cssString(focus.key) + '"]');
            var target = row ? row.querySelector(focus.selector) : null;
            if (target) {
                target.focus();
            } else {
                this.content.tabIndex = -1;
                this.content.focus();
            }
        }
    };

    function cssString(value) {
        return String(value).replace(/["\\]/g, '\\$&');
    }

    /** The filter dropdowns: built again only when the values on offer change, so an open one stays open. */
    Page.prototype.drawFilters = function (facets) {
        var page = this;
        var state = this.state;
        var offered = {};
        FILTERS.forEach(function (name) {
            var values = (facets && facets[FACETS[name]]) || [];
            var seen = values.map(function (facet) {
                return String(facet.value);
            });
            // A value in the URL that the board no longer has stays on offer, so that it can be unchecked.
            state[name].forEach(function (value) {
                if (seen.indexOf(value) < 0) {
                    values = values.concat([{value: value, name: value, count: 0}]);
                    seen.push(value);
                }
            });
            offered[name] = values;
        });
        var signature = JSON.stringify(offered);
        if (signature !== this.facetKeys) {
            this.facetKeys = signature;
            var open = {};
            Array.prototype.slice.call(this.filters.querySelectorAll('details.pmo-filter[open]'))
                .forEach(function (details) {
                    open[details.getAttribute('data-filter')] = true;
                });
            dom.clear(this.filters);
            FILTERS.forEach(function (name) {
                page.filters.appendChild(page.filter(name, offered[name], open[name]));
            });
        }
        FILTERS.forEach(function (name) {
            var details = page.filters.querySelector('details.pmo-filter[data-filter="' + name + '"]');
            var chosen = 0;
            Array.prototype.slice.call(details.querySelectorAll('input[type="checkbox"]')).forEach(function (box) {
                box.checked = state[name].indexOf(box.value) >= 0;
                chosen += box.checked ? 1 : 0;
            });
            var count = details.querySelector('.pmo-filter-chosen');
            count.textContent = chosen ? AJS.I18n.getText('pmo.portfolio.board.filter.chosen', String(chosen)) : '';
            details.classList.toggle('pmo-filter-active', chosen > 0);
        });
    };

    Page.prototype.filter = function (name, values, open) {
        var details = element('details', 'pmo-filter');
        details.setAttribute('data-filter', name);
        details.id = 'pmo-filter-' + name;
        details.open = Boolean(open);
        var summary = details.appendChild(element('summary', 'aui-button pmo-filter-toggle'));
        summary.appendChild(element('span', 'pmo-filter-name', FILTER_LABELS[name]));
        summary.appendChild(element('span', 'pmo-filter-chosen'));
        var panel = details.appendChild(element('fieldset', 'pmo-filter-panel'));
        panel.setAttribute('data-pmo-field', name);
        panel.appendChild(element('legend', 'assistive', FILTER_LABELS[name]));
        if (values.length === 0) {
            panel.appendChild(element('p', 'pmo-filter-none', AJS.I18n.getText('pmo.portfolio.board.filter.none')));
        }
        values.forEach(function (facet, index) {
            var choice = panel.appendChild(element('div', 'checkbox'));
            var box = choice.appendChild(element('input', 'checkbox'));
            box.type = 'checkbox';
            box.name = name;
            box.value = String(facet.value);
            box.id = 'pmo-filter-' + name + '-' + index;
            var label = choice.appendChild(element('label', null, facet.count ? AJS.I18n.getText(
                'pmo.portfolio.board.filter.option', text(facet.name || facet.value), String(facet.count))
                : text(facet.name || facet.value)));
            label.setAttribute('for', box.id);
            if (name === 'owner') {
                label.title = text(facet.value);
            }
        });
        return details;
    };

    Page.prototype.readFilters = function () {
        var state = copy(this.state);
        var filters = this.filters;
        FILTERS.forEach(function (name) {
            state[name] = Array.prototype.slice.call(filters.querySelectorAll('input[name="' + name + '"]:checked'))
                .map(function (box) {
                    return box.value;
                });
        });
        state.startAt = 0;
        return state;
    };

    function fact(list, id, label, value, raw) {
        var item = list.appendChild(element('li', 'pmo-summary-fact'));
        item.id = id;
        item.setAttribute('data-value', String(raw));
        item.appendChild(element('span', 'pmo-summary-label', label));
        item.appendChild(element('span', 'pmo-summary-value', value));
        return item;
    }

    Page.prototype.drawSummary = function (data) {
        var summary = dom.clear(this.summary);
        var line = data.cutLine;
        var unit = text(line.unitName);
        var list = summary.appendChild(element('ul', 'pmo-summary-facts'));
        fact(list, 'pmo-summary-visible', AJS.I18n.getText('pmo.portfolio.board.summary.visible'),
            String(data.visible), data.visible);
        if (filtered(this.state)) {
            fact(list, 'pmo-summary-matching', AJS.I18n.getText('pmo.portfolio.board.summary.matching'),
                String(data.matching), data.matching);
        }
        fact(list, 'pmo-summary-funded', AJS.I18n.getText('pmo.portfolio.board.summary.funded'),
            String(line.fundedCount), line.fundedCount);
        var committed = fact(list, 'pmo-summary-committed', AJS.I18n.getText('pmo.portfolio.board.summary.committed'),
            line.period ? AJS.I18n.getText('pmo.portfolio.board.summary.committed.period', model.amount(line.committed),
                model.amount(line.capacity), unit, text(line.period))
                : AJS.I18n.getText('pmo.portfolio.board.summary.committed.value', model.amount(line.committed),
                    model.amount(line.capacity), unit), line.committed);
        committed.setAttribute('data-capacity', String(line.capacity));
        var meter = committed.appendChild(element('span', 'pmo-capacity-meter'));
        meter.setAttribute('aria-hidden', 'true');
        var fill = meter.appendChild(element('span', 'pmo-capacity-fill'));
        var share = line.capacity > 0 ? Math.min(100, Math.max(0, line.committed / line.capacity * 100))
            : (line.committed > 0 ? 100 : 0);
        fill.style.width = share + '%';
        fill.classList.toggle('pmo-capacity-over', line.committed > line.capacity);
        fact(list, 'pmo-summary-remaining', AJS.I18n.getText('pmo.portfolio.board.summary.remaining'),
            AJS.I18n.getText('pmo.portfolio.board.amount', model.amount(line.remaining), unit), line.remaining);
        if (line.forcedIn > 0) {
            fact(list, 'pmo-summary-forced', AJS.I18n.getText('pmo.portfolio.board.summary.forced'),
                AJS.I18n.getText('pmo.portfolio.board.amount', model.amount(line.forcedIn), unit), line.forcedIn);
        }
        var unscored = fact(list, 'pmo-summary-unscored', AJS.I18n.getText('pmo.portfolio.board.summary.unscored'),
            String(data.unscored), data.unscored);
        unscored.classList.toggle('pmo-summary-attention', data.unscored > 0);
        if (data.initiativesReadAt) {
            fact(list, 'pmo-summary-read-at', AJS.I18n.getText('pmo.portfolio.board.summary.read-at'),
                when(data.initiativesReadAt), data.initiativesReadAt);
        }
        var scoring = data.portfolio && data.portfolio.scoring;
        if (scoring) {
            var modelFact = fact(list, 'pmo-summary-model', AJS.I18n.getText('pmo.portfolio.board.summary.model'),
                text(scoring.modelName || scoring.model), text(scoring.model));
            modelFact.title = text(scoring.formula);
        }
        if (line.overCommitted) {
            var warning = summary.appendChild(element('div', 'aui-message aui-message-warning pmo-portfolio-warning'));
            warning.id = 'pmo-portfolio-overcommitted';
            warning.setAttribute('role', 'alert');
            warning.appendChild(element('p', null, AJS.I18n.getText('pmo.portfolio.board.overcommitted',
                model.amount(line.forcedIn), model.amount(line.capacity), unit)));
        }
    };

    Page.prototype.columns = function () {
        var columns = [];
        if (this.mayRank) {
            columns.push({id: 'handle', label: AJS.I18n.getText('pmo.portfolio.board.column.move'), assistive: true});
        }
        return columns.concat([
            {id: 'rank', label: AJS.I18n.getText('pmo.portfolio.board.column.rank')},
            {id: 'key', label: AJS.I18n.getText('pmo.portfolio.board.column.key')},
            {id: 'title', label: AJS.I18n.getText('pmo.portfolio.board.column.title')},
            {id: 'project', label: AJS.I18n.getText('pmo.portfolio.board.column.project')},
            {id: 'status', label: AJS.I18n.getText('pmo.portfolio.board.column.status')},
            {id: 'theme', label: AJS.I18n.getText('pmo.portfolio.board.column.theme')},
            {id: 'owner', label: AJS.I18n.getText('pmo.portfolio.board.column.owner')},
            {id: 'score', label: AJS.I18n.getText('pmo.portfolio.board.column.score'), numeric: true},
            {id: 'estimate', label: AJS.I18n.getText('pmo.portfolio.board.column.estimate'), numeric: true},
            {id: 'total', label: AJS.I18n.getText('pmo.portfolio.board.column.total'), numeric: true},
            {id: 'funding', label: AJS.I18n.getText('pmo.portfolio.board.column.funding')},
            {id: 'marks', label: AJS.I18n.getText('pmo.portfolio.board.column.marks')},
            {id: 'actions', label: AJS.I18n.getText('pmo.portfolio.board.column.actions'), assistive: true}
        ]);
    };

    Page.prototype.table = function (data) {
        var page = this;
        var columns = this.columns();
        var table = element('table', 'aui pmo-portfolio-table');
        table.id = 'pmo-portfolio-table';
        table.appendChild(element('caption', 'assistive', AJS.I18n.getText('pmo.portfolio.board.caption',
            text(data.portfolio && data.portfolio.name))));
        var head = table.appendChild(element('thead')).appendChild(element('tr'));
        columns.forEach(function (column) {
            var th = head.appendChild(element('th', 'pmo-col-' + column.id + (column.numeric ? ' pmo-numeric' : '')));
            th.setAttribute('scope', 'col');
            if (column.assistive) {
                th.appendChild(element('span', 'assistive', column.label));
            } else {
                th.textContent = column.label;
            }
        });
        var body = table.appendChild(element('tbody'));
        if (data.items.length === 0) {
            var empty = body.appendChild(element('tr', 'pmo-portfolio-none'));
            var cell = empty.appendChild(element('td', null, filtered(this.state)
                ? AJS.I18n.getText('pmo.portfolio.board.empty.filtered') : AJS.I18n.getText('pmo.portfolio.board.empty')));
            cell.setAttribute('colspan', String(columns.length));
            return table;
        }
        var line = data.cutLine;
        var lastPage = data.startAt + data.items.length >= data.matching;
        if (data.startAt === 0 && data.items[0].rank > line.lastRankAboveLine) {
            body.appendChild(this.cutLine(line, columns.length));
        }
        data.items.forEach(function (item, index) {
            body.appendChild(page.row(item, columns));
            var next = data.items[index + 1];
            if (item.rank <= line.lastRankAboveLine && (next ? next.rank > line.lastRankAboveLine
                : item.rank === line.lastRankAboveLine || lastPage)) {
                body.appendChild(page.cutLine(line, columns.length));
            }
        });
        return table;
    };

    Page.prototype.cutLine = function (line, span) {
        var row = element('tr', 'pmo-cut-line');
        row.setAttribute('data-rank-above', String(line.lastRankAboveLine));
        var cell = row.appendChild(element('td', 'pmo-cut-line-cell'));
        cell.setAttribute('colspan', String(span));
        var unit = text(line.unitName);
        cell.appendChild(element('span', 'pmo-cut-line-label', AJS.I18n.getText('pmo.portfolio.board.cutline')));
        cell.appendChild(element('span', 'pmo-cut-line-figures', AJS.I18n.getText('pmo.portfolio.board.cutline.figures',
            model.amount(line.capacity), unit, model.amount(line.committed), model.amount(line.remaining))));
        return row;
    };

    Page.prototype.row = function (item, columns) {
        var page = this;
        var row = element('tr', 'pmo-portfolio-row');
        row.setAttribute('data-key', text(item.key));
        row.setAttribute('data-rank', String(item.rank));
        row.setAttribute('data-funding', text(item.funding));
        row.setAttribute('data-forcing', text(item.forcing));
        row.setAttribute('data-manual', String(Boolean(item.manual)));
        row.classList.add('pmo-funding-row-' + text(item.funding));
        columns.forEach(function (column) {
            var td = row.appendChild(element('td', 'pmo-col-' + column.id + (column.numeric ? ' pmo-numeric' : '')));
            page.cell(column.id, td, item);
        });
        return row;
    };

    Page.prototype.cell = function (column, td, item) {
        var key = text(item.key);
        switch (column) {
        case 'handle':
            var handle = td.appendChild(element('button', 'aui-button aui-button-subtle aui-button-compact pmo-rank-handle'));
            handle.type = 'button';
            handle.setAttribute('data-key', key);
            handle.setAttribute('aria-pressed', 'false');
            handle.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.move.handle', key,
                String(item.rank)));
            handle.setAttribute('aria-describedby', 'pmo-rank-instructions');
            handle.title = AJS.I18n.getText('pmo.portfolio.board.move.handle.title');
            handle.appendChild(element('span', 'pmo-rank-grip', '\u2630')).setAttribute('aria-hidden', 'true');
            break;
        case 'rank':
            td.textContent = String(item.rank);
            break;
        case 'key':
            var link = td.appendChild(element('a', null, key));
            link.href = contextPath() + '/browse/' + encodeURIComponent(key);
            break;
        case 'title':
            td.textContent = text(item.title);
            break;
        case 'project':
            td.textContent = text(item.projectKey);
            break;
        case 'status':
            td.textContent = text(item.status);
            break;
        case 'theme':
            td.textContent = text(item.theme);
            break;
        case 'owner':
            td.textContent = item.owner ? text(item.owner.name || item.owner.key) : '';
            if (item.owner) {
                td.title = text(item.owner.key);
            }
            break;
        case 'score':
            this.scoreCell(td, item);
            break;
        case 'estimate':
            td.textContent = model.amount(item.estimate);
            if (item.estimate === null || item.estimate === undefined) {
                td.appendChild(element('span', 'assistive', AJS.I18n.getText('pmo.portfolio.board.estimate.none')));
            }
            break;
        case 'total':
            td.textContent = model.amount(item.runningTotal);
            break;
        case 'funding':
            var badge = td.appendChild(element('span', 'aui-lozenge pmo-funding-badge pmo-funding-' + text(item.funding)
                + ' ' + model.funding(item.funding).lozenge, item.fundingName || item.funding));
            badge.setAttribute('data-funding', text(item.funding));
            break;
        case 'marks':
            this.marks(td, item);
            break;
        case 'actions':
            this.actions(td, item);
            break;
        default:
            break;
        }
    };

    Page.prototype.scoreCell = function (td, item) {
        var key = text(item.key);
        var button = td.appendChild(element('button', 'aui-button aui-button-link pmo-score-button'));
        button.type = 'button';
        button.setAttribute('data-key', key);
        button.setAttribute('aria-haspopup', 'dialog');
        button.setAttribute('aria-controls', 'pmo-score-popover');
        if (item.scored) {
            button.textContent = model.score(item.score);
            button.setAttribute('data-score', String(item.score));
            button.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.score.open', key,
                model.score(item.score)));
            return;
        }
        button.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle pmo-unscored-badge',
            AJS.I18n.getText('pmo.portfolio.board.unscored')));
        button.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.score.open.unscored', key));
        var missing = (item.missing || []).map(model.label);
        var invalid = (item.inputErrors || []).map(model.label);
        if (missing.length) {
            td.appendChild(element('div', 'pmo-missing-inputs', AJS.I18n.getText('pmo.portfolio.board.missing',
                missing.join(', '))));
        }
        if (invalid.length) {
            td.appendChild(element('div', 'pmo-missing-inputs pmo-invalid-inputs',
                AJS.I18n.getText('pmo.portfolio.board.invalid', invalid.join(', '))));
        }
    };

    Page.prototype.marks = function (td, item) {
        var detail = manualText(item.manual);
        if (item.manual && item.forcing === 'NONE') {
            var moved = td.appendChild(element('span', 'aui-lozenge aui-lozenge-moved pmo-manual-marker',
                AJS.I18n.getText('pmo.portfolio.board.manual')));
            moved.title = detail;
            moved.tabIndex = 0;
            moved.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.manual.label', detail));
        }
        if (item.forcing === 'IN' || item.forcing === 'OUT') {
            var forced = td.appendChild(element('span', 'aui-lozenge pmo-forcing-marker ' + (item.forcing === 'IN'
                ? 'aui-lozenge-new' : 'aui-lozenge-error'), FORCING[item.forcing]));
            forced.setAttribute('data-forcing', item.forcing);
            if (detail) {
                forced.title = detail;
                forced.tabIndex = 0;
                forced.setAttribute('aria-label', FORCING[item.forcing] + '. ' + detail);
            }
        }
    };

    Page.prototype.actions = function (td, item) {
        var key = text(item.key);
        var edit = td.appendChild(element('button', 'aui-button aui-button-subtle aui-button-compact pmo-edit-inputs',
            AJS.I18n.getText('pmo.portfolio.board.inputs.edit')));
        edit.type = 'button';
        edit.setAttribute('data-key', key);
        edit.setAttribute('aria-haspopup', 'dialog');
        edit.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.inputs.edit.label', key));
        if (this.mayRank) {
            var more = td.appendChild(element('button', 'aui-button aui-button-subtle aui-button-compact pmo-row-menu-button',
                AJS.I18n.getText('pmo.portfolio.board.menu')));
            more.type = 'button';
            more.setAttribute('data-key', key);
            more.setAttribute('aria-haspopup', 'menu');
            more.setAttribute('aria-expanded', 'false');
            more.setAttribute('aria-controls', 'pmo-row-menu');
            more.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.menu.label', key));
        }
    };

    Page.prototype.drawMatrix = function (data) {
        var page = this;
        this.content.appendChild(matrixView.render(data, {
            onPoint: function (point, key) {
                page.explainer.toggle(point, key);
            }
        }));
    };

    Page.prototype.showPaging = function (data) {
        var page = this;
        dom.clear(this.pages);
        if (!data) {
            this.paging.hidden = true;
            this.range.textContent = '';
            this.range.removeAttribute('data-total');
            return;
        }
        this.paging.hidden = false;
        var shown = data.items.length;
        var size = data.maxResults || PAGE_SIZE;
        this.range.setAttribute('data-total', String(data.matching));
        this.range.textContent = shown === 0 ? AJS.I18n.getText('pmo.portfolio.board.range.none',
            String(data.matching)) : AJS.I18n.getText('pmo.portfolio.board.range', String(data.startAt + 1),
            String(data.startAt + shown), String(data.matching));
        this.previous.disabled = data.startAt <= 0;
        this.next.disabled = data.startAt + shown >= data.matching;
        var count = Math.ceil(data.matching / size);
        var current = Math.floor(data.startAt / size);
        if (count <= 1) {
            return;
        }
        var numbers = [];
        for (var index = 0; index < count; index++) {
            if (index === 0 || index === count - 1 || Math.abs(index - current) <= 2) {
                numbers.push(index);
            }
        }
        numbers.forEach(function (index, position) {
            if (position > 0 && index - numbers[position - 1] > 1) {
                page.pages.appendChild(element('span', 'pmo-page-gap', '\u2026')).setAttribute('aria-hidden', 'true');
            }
            var button = page.pages.appendChild(element('button', 'aui-button aui-button-subtle pmo-page-button',
                String(index + 1)));
            button.type = 'button';
            button.setAttribute('data-page', String(index + 1));
            button.setAttribute('data-start-at', String(index * size));
            button.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.page', String(index + 1)));
            if (index === current) {
                button.setAttribute('aria-current', 'page');
                button.classList.add('active');
            }
        });
    };

    Page.prototype.turnTo = function (startAt) {
        var state = copy(this.state);
        state.startAt = Math.max(0, startAt);
        return this.navigate(state);
    };

    Page.prototype.item = function (key) {
        var items = this.data ? this.data.items : [];
        for (var i = 0; i < items.length; i++) {
            if (items[i].key === key) {
                return items[i];
            }
        }
        return null;
    };

    /** The key of the row at an index of the whole filtered list (the page before or after this one), or null. */
    Page.prototype.neighbourAt = function (index) {
        if (index < 0 || !this.data || index >= this.data.matching) {
            return Promise.resolve(null);
        }
        var params = filterParameters(this.state);
        params.startAt = String(index);
        params.maxResults = '1';
        return rest.get(this.restPath + '/items', params).then(function (answer) {
            return answer.items.length ? answer.items[0].key : null;
        }, function () {
            return null;
        });
    };

    /** A move ended in a new place: find its neighbours, ask why, and send it. */
    Page.prototype.commitMove = function (row, how) {
        var page = this;
        var data = this.data;
        var key = row.getAttribute('data-key');
        var rows = Array.prototype.slice.call(row.parentNode.querySelectorAll('tr.pmo-portfolio-row'));
        var index = rows.indexOf(row);
        var above = index > 0 ? rows[index - 1].getAttribute('data-key') : null;
        var below = index < rows.length - 1 ? rows[index + 1].getAttribute('data-key') : null;
        // At an end of the page the neighbour is on the page before or after; ask for it so the move stays here.
        var neighbours = Promise.all([
            above === null ? this.neighbourAt(data.startAt - 1) : Promise.resolve(above),
            below === null ? this.neighbourAt(data.startAt + data.items.length) : Promise.resolve(below)
        ]);
        var focus = how === 'keyboard' ? {key: key, selector: 'button.pmo-rank-handle'} : null;
        var handle = row.querySelector('button.pmo-rank-handle');
        return neighbours.then(function (found) {
            var before = found[0];
            var after = found[1];
            var where = before && after ? AJS.I18n.getText('pmo.portfolio.board.move.between', before, after)
                : before ? AJS.I18n.getText('pmo.portfolio.board.move.after', before)
                    : AJS.I18n.getText('pmo.portfolio.board.move.before', after);
            page.askReason({
                key: key,
                title: AJS.I18n.getText('pmo.portfolio.board.move.title', key),
                description: where,
                confirm: AJS.I18n.getText('pmo.portfolio.board.move.confirm'),
                opener: handle,
                focus: focus,
                send: function (reason) {
                    return rest.post(page.restPath + '/ranks', {issueKey: key, above: before, below: after,
                        reason: reason, rankVersion: page.data.portfolio.rankVersion});
                },
                done: function (answer) {
                    var placed = page.item(key);
                    page.announce(placed ? AJS.I18n.getText('pmo.portfolio.board.move.done', key, String(placed.rank))
                        : AJS.I18n.getText('pmo.portfolio.board.move.done.elsewhere', key));
                    return answer;
                },
                cancelled: function () {
                    page.announce(AJS.I18n.getText('pmo.portfolio.board.move.cancelled', key));
                    page.redraw(focus);
                }
            });
        });
    };

    Page.prototype.buildReasonDialog = function () {
        var page = this;
        var modal = dialog.modal('pmo-reason-dialog', '');
        var form = modal.content.appendChild(element('form', 'aui pmo-reason-form'));
        form.id = 'pmo-reason-form';
        form.noValidate = true;
        this.reasonWhat = form.appendChild(element('p', 'pmo-reason-what'));
        this.reasonWhat.id = 'pmo-reason-what';
        var group = form.appendChild(element('div', 'field-group'));
        var label = group.appendChild(element('label', null, AJS.I18n.getText('pmo.portfolio.board.reason')));
        label.setAttribute('for', 'pmo-reason-input');
        var input = group.appendChild(element('input', 'text long-field'));
        input.type = 'text';
        input.id = 'pmo-reason-input';
        input.name = 'reason';
        input.setAttribute('data-pmo-field', 'reason');
        input.setAttribute('autocomplete', 'off');
        group.appendChild(element('div', 'description', AJS.I18n.getText('pmo.portfolio.board.reason.help')));
        var confirm = modal.footer.appendChild(element('button', 'aui-button aui-button-primary'));
        confirm.type = 'submit';
        confirm.id = 'pmo-reason-confirm';
        confirm.setAttribute('form', 'pmo-reason-form');
        var cancel = modal.footer.appendChild(element('button', 'aui-button aui-button-link',
            AJS.I18n.getText('pmo.common.cancel')));
        cancel.type = 'button';
        cancel.id = 'pmo-reason-cancel';
        cancel.addEventListener('click', function () {
            modal.cancel();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            page.sendReason();
        });
        this.reasonDialog = modal;
        this.reasonInput = input;
        this.reasonConfirm = confirm;
    };

    /**
     * Asks for an optional reason, then sends the change with it.
     *
     * @param options key, title, description, confirm (the button's text), opener, focus (after the reload),
     *                send(reason) → Promise, done(answer), cancelled()
     */
    Page.prototype.askReason = function (options) {
        var page = this;
        this.reasonOptions = options;
        errors.clear(this.reasonDialog.node);
        this.reasonDialog.title.textContent = options.title;
        this.reasonWhat.textContent = options.description || '';
        this.reasonConfirm.textContent = options.confirm;
        this.reasonConfirm.setAttribute('aria-disabled', 'false');
        this.reasonInput.value = '';
        this.reasonDialog.node.setAttribute('data-key', options.key);
        this.reasonDialog.open(options.opener, this.reasonInput, options.cancelled, function () {
            page.content.tabIndex = -1;
            page.content.focus();
        });
    };

    Page.prototype.sendReason = function () {
        var page = this;
        var options = this.reasonOptions;
        var modal = this.reasonDialog;
        if (!options || this.reasonConfirm.getAttribute('aria-disabled') === 'true') {
            return Promise.resolve();
        }
        errors.clear(modal.node);
        // Busy but not disabled: a disabled button would drop the focus out of the dialog.
        this.reasonConfirm.setAttribute('aria-disabled', 'true');
        modal.node.setAttribute('data-state', 'saving');
        // The board is about to change: it reads as loading until it is drawn again.
        this.board.removeAttribute('data-loaded');
        return options.send(this.reasonInput.value.trim()).then(function (answer) {
            page.reasonOptions = null;
            modal.close();
            if (answer && typeof answer.rankVersion === 'number' && page.data) {
                page.data.portfolio.rankVersion = answer.rankVersion;
            }
            return page.load(options.focus).then(function () {
                options.done(answer);
            });
        }, function (failure) {
            page.reasonConfirm.setAttribute('aria-disabled', 'false');
            var fieldErrors = failure && failure.body ? failure.body.errors : {};
            if (failure && failure.status === 400 && fieldErrors && fieldErrors.reason) {
                errors.show(failure, modal.node);
                modal.node.setAttribute('data-state', 'failed');
                page.board.setAttribute('data-loaded', 'true');
                return null;
            }
            // Stale (409), refused or invalid: say why, and show the board as it now is.
            page.reasonOptions = null;
            modal.close();
            errors.show(failure, page.section);
            // The failure's flag stays up: a load does not clear it.
            return page.load(options.focus);
        });
    };

    Page.prototype.buildMenu = function () {
        var page = this;
        var menu = element('div', 'pmo-row-menu');
        menu.id = 'pmo-row-menu';
        menu.setAttribute('role', 'menu');
        menu.hidden = true;
        Object.keys(ACTIONS).forEach(function (action) {
            var item = menu.appendChild(element('button', 'pmo-row-menu-item', ACTIONS[action].label));
            item.type = 'button';
            item.setAttribute('role', 'menuitem');
            item.setAttribute('data-action', action);
            item.tabIndex = -1;
        });
        menu.addEventListener('click', function (event) {
            var item = event.target.closest ? event.target.closest('button.pmo-row-menu-item') : null;
            if (item && !item.hidden) {
                page.chooseAction(item.getAttribute('data-action'));
            }
        });
        menu.addEventListener('keydown', function (event) {
            var items = Array.prototype.slice.call(menu.querySelectorAll('button.pmo-row-menu-item'))
                .filter(function (item) {
                    return !item.hidden;
                });
            var index = items.indexOf(document.activeElement);
            if (event.key === 'ArrowDown' || event.key === 'Down') {
                event.preventDefault();
                items[(index + 1) % items.length].focus();
            } else if (event.key === 'ArrowUp' || event.key === 'Up') {
                event.preventDefault();
                items[(index - 1 + items.length) % items.length].focus();
            } else if (event.key === 'Home') {
                event.preventDefault();
                items[0].focus();
            } else if (event.key === 'End') {
                event.preventDefault();
                items[items.length - 1].focus();
            } else if (event.key === 'Escape' || event.key === 'Esc') {
                event.preventDefault();
                page.closeMenu(true);
            } else if (event.key === 'Tab') {
                page.closeMenu(false);
            }
        });
        document.addEventListener('mousedown', function (event) {
            if (!menu.hidden && !menu.contains(event.target) && event.target !== page.menuButton
                && !(page.menuButton && page.menuButton.contains(event.target))) {
                page.closeMenu(false);
            }
        });
        document.body.appendChild(menu);
        this.menu = menu;
        this.menuButton = null;
    };

    Page.prototype.openMenu = function (button, focusLast) {
        var item = this.item(button.getAttribute('data-key'));
        if (!item) {
            return;
        }
        this.closeMenu(false);
        var visible = {
            'force-in': item.forcing !== 'IN',
            'force-out': item.forcing !== 'OUT',
            'clear-forcing': item.forcing === 'IN' || item.forcing === 'OUT',
            reset: Boolean(item.manual) && item.forcing === 'NONE'
        };
        var items = Array.prototype.slice.call(this.menu.querySelectorAll('button.pmo-row-menu-item'));
        items.forEach(function (entry) {
            entry.hidden = !visible[entry.getAttribute('data-action')];
        });
        this.menuButton = button;
        this.menuKey = item.key;
        this.menu.setAttribute('data-key', item.key);
        this.menu.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.menu.label', item.key));
        this.menu.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        var box = button.getBoundingClientRect();
        var width = this.menu.offsetWidth;
        this.menu.style.top = (box.bottom + window.pageYOffset + 2) + 'px';
        this.menu.style.left = (Math.max(8, Math.min(box.right - width, document.documentElement.clientWidth - width
            - 8)) + window.pageXOffset) + 'px';
        var shown = items.filter(function (entry) {
            return !entry.hidden;
        });
        shown[focusLast ? shown.length - 1 : 0].focus();
    };

    Page.prototype.closeMenu = function (refocus) {
        if (!this.menu || this.menu.hidden) {
            return;
        }
        this.menu.hidden = true;
        var button = this.menuButton;
        this.menuButton = null;
        if (button) {
            button.setAttribute('aria-expanded', 'false');
            if (refocus && document.body.contains(button)) {
                button.focus();
            }
        }
    };

    Page.prototype.chooseAction = function (action) {
        var page = this;
        var key = this.menuKey;
        var button = this.menuButton;
        var settings = ACTIONS[action];
        this.closeMenu(false);
        var focus = {key: key, selector: 'button.pmo-row-menu-button'};
        var item = this.item(key);
        this.askReason({
            key: key,
            title: settings.title(key),
            description: item ? text(item.title) : '',
            confirm: settings.label,
            opener: button,
            focus: focus,
            send: function (reason) {
                var version = page.data.portfolio.rankVersion;
                if (settings.forcing === null) {
                    return rest.del(page.restPath + '/ranks/' + encodeURIComponent(key),
                        {rankVersion: String(version), reason: reason});
                }
                return rest.put(page.restPath + '/items/' + encodeURIComponent(key) + '/forcing',
                    {forcing: settings.forcing, reason: reason, rankVersion: version});
            },
            done: function () {
                var placed = page.item(key);
                page.announce(placed ? AJS.I18n.getText('pmo.portfolio.board.action.done', key,
                    String(placed.rank), text(placed.fundingName)) : AJS.I18n.getText(
                    'pmo.portfolio.board.move.done.elsewhere', key));
            },
            cancelled: function () {
                return null;
            }
        });
    };

    Page.prototype.bind = function () {
        var page = this;
        this.filters.addEventListener('change', function (event) {
            if (event.target && event.target.type === 'checkbox') {
                page.navigate(page.readFilters());
            }
        });
        this.filters.addEventListener('keydown', function (event) {
            var details = event.target.closest ? event.target.closest('details.pmo-filter') : null;
            if (details && details.open && (event.key === 'Escape' || event.key === 'Esc')) {
                event.preventDefault();
                details.open = false;
                details.querySelector('summary').focus();
            }
        });
        this.filters.addEventListener('toggle', function (event) {
            // One dropdown open at a time.
            if (event.target.open) {
                Array.prototype.slice.call(page.filters.querySelectorAll('details.pmo-filter[open]'))
                    .forEach(function (details) {
                        if (details !== event.target) {
                            details.open = false;
                        }
                    });
            }
        }, true);
        document.addEventListener('mousedown', function (event) {
            Array.prototype.slice.call(page.filters.querySelectorAll('details.pmo-filter[open]'))
                .forEach(function (details) {
                    if (!details.contains(event.target)) {
                        details.open = false;
                    }
                });
        });
        this.root.getElementById('pmo-portfolio-filters').addEventListener('submit', function (event) {
            event.preventDefault();
        });
        this.refresh.addEventListener('click', function () {
            page.refreshFromJira();
        });
        this.clearFilters.addEventListener('click', function () {
            var state = copy(page.state);
            FILTERS.forEach(function (name) {
                state[name] = [];
            });
            state.startAt = 0;
            page.navigate(state);
        });
        Object.keys(this.viewButtons).forEach(function (view) {
            page.viewButtons[view].addEventListener('click', function () {
                if (page.state.view !== view) {
                    var state = copy(page.state);
                    state.view = view;
                    state.startAt = 0;
                    state.panel = {};
                    page.navigate(state);
                }
            });
        });
        this.previous.addEventListener('click', function () {
            if (page.data) {
                page.turnTo(page.data.startAt - (page.data.maxResults || PAGE_SIZE));
            }
        });
        this.next.addEventListener('click', function () {
            if (page.data) {
                page.turnTo(page.data.startAt + (page.data.maxResults || PAGE_SIZE));
            }
        });
        this.pages.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button.pmo-page-button') : null;
            if (button) {
                page.turnTo(parseInt(button.getAttribute('data-start-at'), 10));
            }
        });
        this.content.addEventListener('click', function (event) {
            var target = event.target.closest ? event.target : null;
            if (!target || page.mover.busy()) {
                return;
            }
            var score = target.closest('button.pmo-score-button');
            if (score) {
                page.explainer.toggle(score, score.getAttribute('data-key'));
                return;
            }
            var edit = target.closest('button.pmo-edit-inputs');
            if (edit && page.data) {
                var item = page.item(edit.getAttribute('data-key'));
                if (item) {
                    page.explainer.close();
                    page.editor.edit(item, page.data.portfolio.scoring, edit, function () {
                        page.content.tabIndex = -1;
                        page.content.focus();
                    });
                }
                return;
            }
            var more = target.closest('button.pmo-row-menu-button');
            if (more) {
                if (page.menuButton === more) {
                    page.closeMenu(true);
                } else {
                    page.openMenu(more, false);
                }
            }
        });
        this.content.addEventListener('keydown', function (event) {
            var more = event.target.closest ? event.target.closest('button.pmo-row-menu-button') : null;
            if (more && (event.key === 'ArrowDown' || event.key === 'Down' || event.key === 'ArrowUp'
                || event.key === 'Up')) {
                event.preventDefault();
                page.openMenu(more, event.key === 'ArrowUp' || event.key === 'Up');
            }
        });
        window.addEventListener('popstate', function () {
            page.state = readState(page.location.search, 'list');
            page.load(null);
        });
    };

    function start(root) {
        if (!root.getElementById('pmo-portfolio-board') || !root.getElementById('pmo-portfolio-board-page')) {
            return null;
        }
        var page = new Page(root, window.location, window.history);
        page.build();
        page.bind();
        return page.load(null).then(function () {
            return page;
        });
    }

    return {
        start: start,
        readState: readState,
        restParameters: restParameters
    };
});

require(['pmo/common/dom', 'pmo/portfolio/board-page'], function (dom, page) {
    'use strict';
    dom.ready(function () {
        page.start(document);
    });
});
