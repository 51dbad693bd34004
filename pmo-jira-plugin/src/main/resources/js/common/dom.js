/*
 * pmo/common/dom: builds DOM nodes. Text goes in through textContent, never as HTML, so data cannot become markup.
 */
define('pmo/common/dom', [], function () {
    'use strict';

    /** A new element with an optional class name and text. */
    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    /** Runs the function once the document is parsed: at once when it is already. */
    function ready(start) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }

    /** Removes every child of the node. */
    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    return {
        ready: ready,
        element: element,
        clear: clear
    };
});
