/*
 * pmo/portfolio/dialog: the board's own small layers, built with pmo/common/dom and styled with AUI's classes, so
 * that they need no AUI web resource beyond the one every page has.
 *
 *   modal(id, title):   a modal dialog (role=dialog, aria-modal=true) over a backdrop: open(opener) shows it and
 *                       moves the focus in, Tab stays inside, Escape cancels, close() hides it and gives the focus
 *                       back to the opener. Its parts are .pmo-dialog-content and .pmo-dialog-footer.
 *   popover(id, label): a non-modal dialog placed beside what opened it: open(anchor) moves the focus in, Escape
 *                       or a click outside closes it, and Escape gives the focus back to the anchor.
 *
 * Each layer's data-state is open or closed.
 */
define('pmo/portfolio/dialog', ['pmo/common/dom'], function (dom) {
    'use strict';

    var element = dom.element;
    var FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), '
        + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

    function visibleFocusables(node) {
        return Array.prototype.slice.call(node.querySelectorAll(FOCUSABLE)).filter(function (candidate) {
            return !candidate.hidden && candidate.offsetParent !== null;
        });
    }

    /** Gives the focus back to the node that had it, when it is still on the page; else to the fallback. */
    function restoreFocus(node, fallback) {
        if (node && document.body.contains(node) && typeof node.focus === 'function') {
            node.focus();
        } else if (fallback && typeof fallback === 'function') {
            fallback();
        }
    }

    function Modal(id, title) {
        var modal = this;
        this.backdrop = element('div', 'pmo-dialog-backdrop');
        this.backdrop.hidden = true;
        this.node = element('section', 'pmo-dialog');
        this.node.id = id;
        this.node.hidden = true;
        this.node.setAttribute('role', 'dialog');
        this.node.setAttribute('aria-modal', 'true');
        this.node.setAttribute('aria-labelledby', id + '-title');
        this.node.setAttribute('data-state', 'closed');
        this.node.tabIndex = -1;
        var header = this.node.appendChild(element('header', 'pmo-dialog-header'));
        this.title = header.appendChild(element('h2', 'pmo-dialog-title', title || ''));
        this.title.id = id + '-title';
        this.content = this.node.appendChild(element('div', 'pmo-dialog-content'));
        this.footer = this.node.appendChild(element('footer', 'pmo-dialog-footer'));
        this.opener = null;
        this.onCancel = null;
        this.node.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' || event.key === 'Esc') {
                event.preventDefault();
                event.stopPropagation();
                modal.cancel();
            } else if (event.key === 'Tab') {
                modal.trap(event);
            }
        });
        this.backdrop.addEventListener('mousedown', function (event) {
            event.preventDefault();
        });
        // Escape also works when the focus fell out of the dialog (onto the page's body).
        document.addEventListener('keydown', function (event) {
            if (modal.isOpen() && !event.defaultPrevented && (event.key === 'Escape' || event.key === 'Esc')
                && !modal.node.contains(event.target)) {
                event.preventDefault();
                modal.cancel();
            }
        });
        document.body.appendChild(this.backdrop);
        document.body.appendChild(this.node);
    }

    Modal.prototype.trap = function (event) {
        var focusables = visibleFocusables(this.node);
        if (focusables.length === 0) {
            event.preventDefault();
            return;
        }
        var first = focusables[0];
        var last = focusables[focusables.length - 1];
        if (event.shiftKey && (document.activeElement === first || document.activeElement === this.node)) {
            event.preventDefault();
            last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
            event.preventDefault();
            first.focus();
        }
    };

    /**
     * @param opener   what gets the focus back on closing
     * @param focus    what gets the focus now (the dialog itself when absent)
     * @param onCancel called when Escape or a cancel button closes the dialog
     * @param fallback called to place the focus when the opener is gone by then (the table was drawn again)
     */
    Modal.prototype.open = function (opener, focus, onCancel, fallback) {
        this.opener = opener || document.activeElement;
        this.onCancel = onCancel || null;
        this.fallback = fallback || null;
        this.backdrop.hidden = false;
        this.node.hidden = false;
        this.node.setAttribute('data-state', 'open');
        (focus || this.node).focus();
    };

    Modal.prototype.isOpen = function () {
        return !this.node.hidden;
    };

    Modal.prototype.close = function () {
        if (this.node.hidden) {
            return;
        }
        this.node.hidden = true;
        this.backdrop.hidden = true;
        this.node.setAttribute('data-state', 'closed');
        var opener = this.opener;
        this.opener = null;
        restoreFocus(opener, this.fallback);
    };

    Modal.prototype.cancel = function () {
        var onCancel = this.onCancel;
        this.onCancel = null;
        this.close();
        if (onCancel) {
            onCancel();
        }
    };

    function Popover(id, labelledBy) {
        var popover = this;
        this.node = element('div', 'pmo-popover');
        this.node.id = id;
        this.node.hidden = true;
        this.node.setAttribute('role', 'dialog');
        this.node.setAttribute('aria-modal', 'false');
        this.node.setAttribute('aria-labelledby', labelledBy);
        this.node.setAttribute('data-state', 'closed');
        this.node.tabIndex = -1;
        this.anchor = null;
        this.node.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' || event.key === 'Esc') {
                event.preventDefault();
                event.stopPropagation();
                popover.close(true);
            }
        });
        document.addEventListener('mousedown', function (event) {
            if (!popover.node.hidden && !popover.node.contains(event.target)
                && !(popover.anchor && popover.anchor.contains(event.target))) {
                popover.close(false);
            }
        });
        document.body.appendChild(this.node);
    }

    /** Shows the popover below the anchor (above it when there is no room below), inside the window's width. */
    Popover.prototype.open = function (anchor) {
        this.anchor = anchor;
        this.node.hidden = false;
        this.node.setAttribute('data-state', 'open');
        this.place();
        this.node.focus();
    };

    Popover.prototype.place = function () {
        if (!this.anchor || this.node.hidden) {
            return;
        }
        var rect = this.anchor.getBoundingClientRect();
        var width = this.node.offsetWidth;
        var height = this.node.offsetHeight;
        var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
        var top = rect.bottom + 6;
        if (top + height > window.innerHeight && rect.top - height - 6 > 0) {
            top = rect.top - height - 6;
        }
        this.node.style.left = (left + window.pageXOffset) + 'px';
        this.node.style.top = (top + window.pageYOffset) + 'px';
    };

    Popover.prototype.isOpenFor = function (anchor) {
        return !this.node.hidden && this.anchor === anchor;
    };

    /** @param refocus whether the focus goes back to the anchor (on Escape or the close button) */
    Popover.prototype.close = function (refocus) {
        if (this.node.hidden) {
            return;
        }
        this.node.hidden = true;
        this.node.setAttribute('data-state', 'closed');
        var anchor = this.anchor;
        this.anchor = null;
        if (refocus) {
            restoreFocus(anchor);
        }
    };

    return {
        modal: function (id, title) {
            return new Modal(id, title);
        },
        popover: function (id, labelledBy) {
            return new Popover(id, labelledBy);
        }
    };
});
