/*
 * pmo/portfolio/rank-mover: moving a row of the ranked table to a new place on its page, by mouse or keyboard. It
 * only reorders the rows in the DOM and says where the row went; the page asks for a reason and sends the move.
 *
 * Mouse: pressing a row's button.pmo-rank-handle makes the row draggable; HTML5 drag events move it among the rows
 * as it passes over them (above a row's middle, before it; below, after it), and the drop ends the move. Keyboard:
 * on the focused handle, Space or Enter picks the row up (aria-pressed=true), ArrowUp and ArrowDown move it one
 * place (Home and End: to the top or bottom of the page), Space or Enter drops it, Escape or leaving the handle
 * puts it back. Each step is announced. While a row moves, the table has the class pmo-ranking (the cut line is
 * hidden then: it would stand at a stale place) and the row pmo-row-dragging or pmo-row-lifted.
 */
define('pmo/portfolio/rank-mover', [], function () {
    'use strict';

    var ROW = 'tr.pmo-portfolio-row';
    var HANDLE = 'button.pmo-rank-handle';

    function closest(node, selector) {
        return node && node.closest ? node.closest(selector) : null;
    }

    function rowsOf(body) {
        return Array.prototype.slice.call(body.querySelectorAll(ROW));
    }

    function keys(body) {
        return rowsOf(body).map(function (row) {
            return row.getAttribute('data-key');
        });
    }

    /**
     * @param container where the table is drawn; the events are taken there, so the table may be drawn again
     * @param hooks     announce(text); commit(row, how) after a drop that changed the order ('mouse' or
     *                  'keyboard'); cancel(row, how, announced) after a move that ended where it began or was put
     *                  back, so the page draws the rows again
     */
    function Mover(container, hooks) {
        this.container = container;
        this.hooks = hooks;
        this.armed = null;
        this.dragging = null;
        this.lifted = null;
        this.original = null;
        this.dropped = false;
        this.bind();
    }

    Mover.prototype.start = function (row) {
        var body = row.parentNode;
        this.original = keys(body);
        var table = closest(row, 'table');
        if (table) {
            table.classList.add('pmo-ranking');
        }
    };

    Mover.prototype.position = function (row) {
        var rows = rowsOf(row.parentNode);
        return {index: rows.indexOf(row), count: rows.length};
    };

    Mover.prototype.changed = function (row) {
        return keys(row.parentNode).join('\n') !== (this.original || []).join('\n');
    };

    Mover.prototype.end = function (row) {
        row.classList.remove('pmo-row-dragging', 'pmo-row-lifted');
        row.draggable = false;
        var handle = row.querySelector(HANDLE);
        if (handle) {
            handle.setAttribute('aria-pressed', 'false');
        }
        var table = closest(row, 'table');
        if (table) {
            table.classList.remove('pmo-ranking');
        }
    };

    /** Ends a move: the page sends it when the order changed, or draws the rows again when it did not. */
    Mover.prototype.finish = function (row, how) {
        var changed = this.changed(row);
        this.end(row);
        this.original = null;
        if (changed) {
            this.hooks.commit(row, how);
        } else {
            this.hooks.cancel(row, how, false);
        }
    };

    Mover.prototype.putBack = function (row, how) {
        this.end(row);
        this.original = null;
        this.hooks.announce(AJS.I18n.getText('pmo.portfolio.board.move.cancelled', row.getAttribute('data-key')));
        this.hooks.cancel(row, how, true);
    };

    /** Whether a move is under way. */
    Mover.prototype.busy = function () {
        return this.dragging !== null || this.lifted !== null;
    };

    /** Forgets a move when the table is drawn again under it. */
    Mover.prototype.reset = function () {
        this.armed = null;
        this.dragging = null;
        this.lifted = null;
        this.original = null;
    };

    Mover.prototype.lift = function (row, handle) {
        this.lifted = row;
        this.start(row);
        row.classList.add('pmo-row-lifted');
        handle.setAttribute('aria-pressed', 'true');
        var at = this.position(row);
        this.hooks.announce(AJS.I18n.getText('pmo.portfolio.board.move.lifted', row.getAttribute('data-key'),
            String(at.index + 1), String(at.count)));
    };

    /** Moves the lifted row by one place (or to an end), moving its neighbours so that its handle keeps the focus. */
    Mover.prototype.step = function (row, direction, toEnd) {
        var body = row.parentNode;
        var rows = rowsOf(body);
        var index = rows.indexOf(row);
        var key = row.getAttribute('data-key');
        var target = index + direction;
        if (target < 0 || target >= rows.length) {
            this.hooks.announce(direction < 0 ? AJS.I18n.getText('pmo.portfolio.board.move.top', key)
                : AJS.I18n.getText('pmo.portfolio.board.move.bottom', key));
            return;
        }
        if (direction < 0) {
            var stop = toEnd ? 0 : target;
            for (var up = index - 1; up >= stop; up--) {
                body.insertBefore(rows[up], row.nextSibling);
            }
        } else {
            var end = toEnd ? rows.length - 1 : target;
            for (var down = index + 1; down <= end; down++) {
                body.insertBefore(rows[down], row);
            }
        }
        var at = this.position(row);
        this.hooks.announce(AJS.I18n.getText('pmo.portfolio.board.move.moved', key, String(at.index + 1),
            String(at.count)));
    };

    Mover.prototype.onKey = function (event) {
        var handle = closest(event.target, HANDLE);
        var row = closest(handle, ROW);
        if (!row) {
            return;
        }
        var key = event.key;
        var activates = key === 'Enter' || key === ' ' || key === 'Spacebar';
        if (this.lifted !== row) {
            if (activates && !this.busy()) {
                event.preventDefault();
                this.lift(row, handle);
            }
            return;
        }
        if (key === 'ArrowUp' || key === 'Up') {
            event.preventDefault();
            this.step(row, -1, false);
        } else if (key === 'ArrowDown' || key === 'Down') {
            event.preventDefault();
            this.step(row, 1, false);
        } else if (key === 'Home') {
            event.preventDefault();
            this.step(row, -1, true);
        } else if (key === 'End') {
            event.preventDefault();
            this.step(row, 1, true);
        } else if (activates) {
            event.preventDefault();
            this.lifted = null;
            this.finish(row, 'keyboard');
        } else if (key === 'Escape' || key === 'Esc') {
            event.preventDefault();
            this.lifted = null;
            this.putBack(row, 'keyboard');
        } else if (key === 'Tab') {
            this.lifted = null;
            this.putBack(row, 'keyboard');
        }
    };

    Mover.prototype.bind = function () {
        var mover = this;
        var container = this.container;
        container.addEventListener('keydown', function (event) {
            if (closest(event.target, HANDLE)) {
                mover.onKey(event);
            }
        });
        container.addEventListener('focusout', function (event) {
            var row = mover.lifted;
            if (row && closest(event.target, ROW) === row && closest(event.target, HANDLE)) {
                mover.lifted = null;
                mover.putBack(row, 'keyboard');
            }
        });
        container.addEventListener('mousedown', function (event) {
            var handle = closest(event.target, HANDLE);
            var row = closest(handle, ROW);
            if (row && event.button === 0 && !mover.busy()) {
                row.draggable = true;
                mover.armed = row;
            }
        });
        document.addEventListener('mouseup', function () {
            if (mover.armed && !mover.dragging) {
                mover.armed.draggable = false;
                mover.armed = null;
            }
        });
        container.addEventListener('dragstart', function (event) {
            var row = closest(event.target, ROW);
            if (!row || row !== mover.armed || event.target !== row) {
                return;
            }
            mover.dragging = row;
            mover.dropped = false;
            mover.start(row);
            if (event.dataTransfer) {
                event.dataTransfer.effectAllowed = 'move';
                try {
                    event.dataTransfer.setData('text/plain', row.getAttribute('data-key'));
                } catch (unsupported) {
                    // Old browsers take only 'Text'; the key is not read back anyway.
                }
            }
            window.setTimeout(function () {
                row.classList.add('pmo-row-dragging');
            }, 0);
        });
        container.addEventListener('dragover', function (event) {
            var row = mover.dragging;
            if (!row) {
                return;
            }
            event.preventDefault();
            if (event.dataTransfer) {
                event.dataTransfer.dropEffect = 'move';
            }
            var over = closest(event.target, ROW);
            if (!over || over === row || over.parentNode !== row.parentNode) {
                return;
            }
            var box = over.getBoundingClientRect();
            if (event.clientY < box.top + box.height / 2) {
                if (over.previousElementSibling !== row) {
                    over.parentNode.insertBefore(row, over);
                }
            } else if (over.nextElementSibling !== row) {
                over.parentNode.insertBefore(row, over.nextSibling);
            }
        });
        container.addEventListener('drop', function (event) {
            var row = mover.dragging;
            if (!row) {
                return;
            }
            event.preventDefault();
            mover.dropped = true;
            mover.dragging = null;
            mover.armed = null;
            mover.finish(row, 'mouse');
        });
        container.addEventListener('dragend', function () {
            var row = mover.dragging;
            mover.armed = null;
            if (row) {
                mover.dragging = null;
                mover.putBack(row, 'mouse');
            } else if (!mover.dropped) {
                Array.prototype.slice.call(container.querySelectorAll(ROW + '[draggable="true"]'))
                    .forEach(function (armed) {
                        armed.draggable = false;
                    });
            }
        });
    };

    return {
        start: function (container, hooks) {
            return new Mover(container, hooks);
        }
    };
});
