/*
 * pmo/common/format: values in the user's language, for text in the page.
 */
define('pmo/common/format', [], function () {
    'use strict';

    /**
     * A date and time as the page's language writes it (medium date, short time), from an ISO-8601 instant; '' for
     * none, and the value as it is when it is not a date.
     */
    function dateTime(at) {
        if (!at) {
            return '';
        }
        var date = new Date(at);
        if (isNaN(date.getTime())) {
            return String(at);
        }
        try {
            return date.toLocaleString(document.documentElement.getAttribute('lang') || undefined,
                {dateStyle: 'medium', timeStyle: 'short'});
        } catch (unsupported) {
            return date.toLocaleString();
        }
    }

    return {
        dateTime: dateTime
    };
});
