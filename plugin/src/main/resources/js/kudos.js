/*
 * Kudos in the browser: the "Give kudos" dialog with its receiver picker (profile panel, issue panel and
 * Recognition page), reactions, the Recognition feed with its filters, the leaderboard, moderation, and the
 * personal settings form. User text is only ever set with textContent; the texts come from the
 * server-rendered templates.
 */
(function () {
    'use strict';

    function requestId() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    /* the shared helper's refusal carries the server's first message and the field it names */
    function call(method, path, body) {
        return window.ServiceCulture.rest(method, path, body);
    }

    function showDialog(dialog) {
        if (window.AJS && typeof window.AJS.dialog2 === 'function') {
            window.AJS.dialog2(dialog).show();
        } else {
            dialog.hidden = false;
            dialog.setAttribute('open', '');
        }
    }

    function hideDialog(dialog) {
        if (window.AJS && typeof window.AJS.dialog2 === 'function') {
            window.AJS.dialog2(dialog).hide();
        } else {
            dialog.hidden = true;
            dialog.removeAttribute('open');
        }
    }

    var valuesLoaded = null;

    function values() {
        if (!valuesLoaded) {
            valuesLoaded = call('GET', '/values');
        }
        return valuesLoaded;
    }

    function fillValues(select) {
        return values().then(function (all) {
            if (select.options.length) {
                return;
            }
            all.forEach(function (value) {
                var option = document.createElement('option');
                option.value = value.id;
                option.textContent = value.name;
                option.title = value.description || '';
                select.appendChild(option);
            });
        });
    }

    /* The receiver picker: chips for chosen people and teams, suggestions from GET /people/search. */

    function chosenIds(form) {
        return Array.prototype.map.call(form.querySelectorAll('.sc-kudos-chip'), function (chip) {
            return chip.getAttribute('data-id');
        });
    }

    function addChip(form, id, label) {
        if (chosenIds(form).indexOf(id) >= 0) {
            return;
        }
        var chips = form.querySelector('.sc-kudos-chips');
        var chip = document.createElement('li');
        chip.className = 'sc-kudos-chip aui-label';
        chip.setAttribute('data-id', id);
        var text = document.createElement('span');
        text.textContent = label;
        chip.appendChild(text);
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'aui-button aui-button-subtle sc-kudos-chip-remove';
        remove.setAttribute('aria-label', chips.getAttribute('data-remove-text') + ' ' + label);
        remove.textContent = '\u00d7';
        chip.appendChild(remove);
        chips.appendChild(chip);
    }

    var searchTimer = null;

    function suggest(input) {
        var form = input.form;
        var list = form.querySelector('.sc-kudos-suggestions');
        var query = input.value.trim();
        window.clearTimeout(searchTimer);
        if (!query) {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            return;
        }
        searchTimer = window.setTimeout(function () {
            call('GET', '/people/search?q=' + encodeURIComponent(query)).then(function (matches) {
                if (input.value.trim() !== query) {
                    return;
                }
                list.textContent = '';
                matches.forEach(function (match, i) {
                    var option = document.createElement('li');
                    option.className = 'sc-kudos-suggestion';
                    option.setAttribute('role', 'option');
                    option.setAttribute('aria-selected', 'false');
                    option.id = 'sc-kudos-suggestion-' + i;
                    option.setAttribute('data-id', match.id);
                    option.setAttribute('data-label', match.displayName);
                    option.textContent = match.type === 'team'
                        ? match.displayName + ' (' + list.getAttribute('data-team-text') + ')'
                        : match.displayName + ' (' + match.name + ')';
                    list.appendChild(option);
                });
                list.hidden = matches.length === 0;
                input.setAttribute('aria-expanded', matches.length ? 'true' : 'false');
            }).catch(function () {
                list.hidden = true;
            });
        }, 150);
    }

    function choose(option) {
        var form = option.closest('form');
        addChip(form, option.getAttribute('data-id'), option.getAttribute('data-label'));
        var input = form.querySelector('[name="receiver"]');
        input.value = '';
        closeSuggestions(input);
        input.focus();
    }

    /*
     * Keyboard use of the suggestions, as a combobox: arrows move the active option (announced through
     * aria-activedescendant), Enter takes it (or the first), Escape closes the list without closing the dialog.
     */
    function suggestionKeys(event) {
        var input = event.target;
        var list = input.form.querySelector('.sc-kudos-suggestions');
        var options = list.hidden ? [] : Array.prototype.slice.call(list.querySelectorAll('.sc-kudos-suggestion'));
        var active = list.querySelector('.sc-kudos-suggestion[aria-selected="true"]');
        var index = options.indexOf(active);
        if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length) {
            event.preventDefault();
            index = event.key === 'ArrowDown'
                ? (index + 1) % options.length
                : (index <= 0 ? options.length - 1 : index - 1);
            options.forEach(function (option, i) {
                option.setAttribute('aria-selected', i === index ? 'true' : 'false');
            });
            input.setAttribute('aria-activedescendant', options[index].id);
        } else if (event.key === 'Enter' && options.length) {
            event.preventDefault();
            choose(active || options[0]);
        } else if (event.key === 'Escape' && options.length) {
            event.preventDefault();
            event.stopPropagation();
            closeSuggestions(input);
        }
    }

    function closeSuggestions(input) {
        var list = input.form.querySelector('.sc-kudos-suggestions');
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function openGiveDialog(button) {
        var dialog = document.getElementById('sc-give-kudos-dialog');
        if (!dialog) {
            return;
        }
        var form = dialog.querySelector('form');
        form.querySelector('.sc-kudos-chips').textContent = '';
        form.querySelector('[name="receiver"]').value = '';
        var fixedReceiver = button.getAttribute('data-receiver');
        if (fixedReceiver) {
            addChip(form, fixedReceiver, button.getAttribute('data-receiver-name') || fixedReceiver);
        }
        var issue = button.getAttribute('data-issue') || '';
        form.setAttribute('data-issue', issue);
        var issueLine = form.querySelector('.sc-give-kudos-issue');
        issueLine.hidden = !issue;
        issueLine.querySelector('.sc-give-kudos-issue-key').textContent = issue;
        // One id per opened dialog: a retry after a network error cannot give the same kudos twice.
        form.setAttribute('data-request-id', requestId());
        var error = form.querySelector('.sc-give-kudos-error');
        error.hidden = true;
        fillValues(form.querySelector('[name="value"]')).catch(function (e) {
            error.textContent = e.message;
            error.hidden = false;
        });
        showDialog(dialog);
        (fixedReceiver ? form.querySelector('[name="message"]') : form.querySelector('[name="receiver"]')).focus();
    }

    function submitGive(event) {
        event.preventDefault();
        var form = event.target;
        var dialog = form.closest('.aui-dialog2') || form.parentElement;
        var submit = form.querySelector('.sc-give-kudos-submit');
        var error = form.querySelector('.sc-give-kudos-error');
        var receivers = chosenIds(form);
        var typed = form.querySelector('[name="receiver"]').value.trim();
        if (typed) {
            // a user name typed without picking a suggestion still counts
            receivers.push(typed);
        }
        var body = {
            receivers: receivers,
            value: form.querySelector('[name="value"]').value,
            message: form.querySelector('[name="message"]').value,
            visibility: form.querySelector('[name="private"]').checked ? 'PRIVATE' : 'PUBLIC',
            requestId: form.getAttribute('data-request-id')
        };
        if (form.getAttribute('data-issue')) {
            body.issue = form.getAttribute('data-issue');
        }
        submit.disabled = true;
        submit.setAttribute('aria-busy', 'true');
        call('POST', '/kudos', body).then(function () {
            form.querySelector('[name="message"]').value = '';
            hideDialog(dialog);
            document.dispatchEvent(new CustomEvent('service-culture:kudos-given'));
        }).catch(function (e) {
            // Keep everything the person typed; say what was wrong.
            error.textContent = e.message;
            error.hidden = false;
            var field = e.field && form.querySelector('[name="' + (e.field === 'receivers' ? 'receiver' : e.field) + '"]');
            if (field) {
                field.focus();
            }
        }).then(function () {
            submit.disabled = false;
            submit.removeAttribute('aria-busy');
        });
    }

    /* Reactions: one per person, toggled; the server answers with the new count. */

    function toggleReaction(button) {
        var id = button.getAttribute('data-kudos-id');
        var reacted = button.getAttribute('aria-pressed') === 'true';
        button.disabled = true;
        call(reacted ? 'DELETE' : 'PUT', '/kudos/' + encodeURIComponent(id) + '/reaction').then(function (reaction) {
            button.setAttribute('aria-pressed', reaction.mine ? 'true' : 'false');
            button.querySelector('.sc-kudos-reaction-count').textContent = String(reaction.count);
        }).catch(function () {
            button.setAttribute('aria-invalid', 'true');
        }).then(function () {
            button.disabled = false;
        });
    }

    function reactionButton(kudos, text) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'aui-button aui-button-subtle sc-kudos-react';
        button.setAttribute('data-kudos-id', String(kudos.id));
        button.setAttribute('aria-pressed', kudos.reactions && kudos.reactions.mine ? 'true' : 'false');
        button.appendChild(document.createTextNode(text + ' '));
        var count = document.createElement('span');
        count.className = 'sc-kudos-reaction-count';
        count.textContent = String(kudos.reactions ? kudos.reactions.count : 0);
        button.appendChild(count);
        return button;
    }

    /* The Recognition feed. */

    function renderKudos(feed, kudos) {
        var item = document.createElement('li');
        item.className = 'sc-kudos-item';
        item.setAttribute('data-kudos-id', String(kudos.id));
        var meta = document.createElement('p');
        meta.className = 'sc-kudos-meta';
        var giver = document.createElement('strong');
        giver.textContent = kudos.giver.displayName;
        meta.appendChild(giver);
        meta.appendChild(document.createTextNode(' \u2192 '));
        var receivers = document.createElement('strong');
        receivers.textContent = kudos.receivers.map(function (r) { return r.displayName; }).join(', ');
        meta.appendChild(receivers);
        meta.appendChild(document.createTextNode(' '));
        var value = document.createElement('span');
        value.className = 'aui-lozenge aui-lozenge-success';
        value.textContent = kudos.value.name;
        meta.appendChild(value);
        if (kudos.visibility === 'PRIVATE') {
            var lock = document.createElement('span');
            lock.className = 'aui-lozenge';
            lock.textContent = feed.getAttribute('data-private-text');
            meta.appendChild(document.createTextNode(' '));
            meta.appendChild(lock);
        }
        meta.appendChild(document.createTextNode(' '));
        var time = document.createElement('time');
        time.setAttribute('datetime', kudos.givenAt);
        time.textContent = new Date(kudos.givenAt).toLocaleString();
        meta.appendChild(time);
        if (kudos.issue) {
            meta.appendChild(document.createTextNode(' '));
            var link = document.createElement('a');
            link.href = window.ServiceCulture.contextPath() + '/browse/' + encodeURIComponent(kudos.issue.key);
            link.textContent = kudos.issue.key;
            link.title = kudos.issue.summary;
            meta.appendChild(link);
        }
        var message = document.createElement('blockquote');
        message.className = 'sc-kudos-message';
        message.textContent = kudos.message;
        item.appendChild(meta);
        item.appendChild(message);
        var actions = document.createElement('p');
        actions.className = 'sc-kudos-actions';
        actions.appendChild(reactionButton(kudos, feed.getAttribute('data-react-text')));
        var page = document.querySelector('.sc-recognition');
        if (page && page.getAttribute('data-moderator') === 'true') {
            var hide = document.createElement('button');
            hide.type = 'button';
            hide.className = 'aui-button aui-button-link sc-kudos-hide';
            hide.setAttribute('data-kudos-id', String(kudos.id));
            hide.textContent = feed.getAttribute('data-hide-text');
            actions.appendChild(hide);
        }
        item.appendChild(actions);
        feed.appendChild(item);
    }

    function feedQuery(before) {
        var filters = document.querySelector('.sc-feed-filters');
        var query = '/kudos?limit=20';
        if (filters) {
            var filter = filters.querySelector('[name="filter"]').value;
            if (filter === 'team') {
                query += '&team=mine';
            } else if (filter === 'value') {
                query += '&value=' + encodeURIComponent(filters.querySelector('[name="value"]').value);
            } else if (filter === 'person') {
                query += '&receiver=' + encodeURIComponent(filters.querySelector('[name="person"]').value.trim());
            }
        }
        return query + (before ? '&before=' + encodeURIComponent(before) : '');
    }

    function loadFeed(feed, before) {
        var more = document.querySelector('.sc-feed-more');
        var error = document.querySelector('.sc-feed-error');
        return call('GET', feedQuery(before)).then(function (page) {
            if (!before) {
                feed.textContent = '';
            }
            page.kudos.forEach(function (kudos) { renderKudos(feed, kudos); });
            if (!feed.children.length) {
                var empty = document.createElement('li');
                empty.className = 'sc-kudos-empty';
                empty.textContent = feed.getAttribute('data-empty-text');
                feed.appendChild(empty);
            }
            if (more) {
                var next = page.nextBefore === null || page.nextBefore === undefined ? '' : String(page.nextBefore);
                more.hidden = !next;
                more.setAttribute('data-before', next);
            }
            error.hidden = true;
        }).catch(function (e) {
            error.textContent = e.message;
            error.hidden = false;
        });
    }

    function filterChanged(feed) {
        var filters = document.querySelector('.sc-feed-filters');
        var filter = filters.querySelector('[name="filter"]').value;
        filters.querySelector('.sc-feed-value-group').hidden = filter !== 'value';
        filters.querySelector('.sc-feed-person-group').hidden = filter !== 'person';
        if (filter === 'value') {
            fillValues(filters.querySelector('[name="value"]')).then(function () { loadFeed(feed, null); });
        } else if (filter !== 'person') {
            loadFeed(feed, null);
        }
    }

    function hideKudos(button) {
        var feed = document.querySelector('.sc-kudos-feed');
        var reason = window.prompt(feed.getAttribute('data-hide-prompt'));
        if (reason === null) {
            return;
        }
        call('POST', '/kudos/' + encodeURIComponent(button.getAttribute('data-kudos-id')) + '/hide', {reason: reason})
            .then(function () { loadFeed(feed, null); })
            .catch(function (e) {
                var error = document.querySelector('.sc-feed-error');
                error.textContent = e.message;
                error.hidden = false;
            });
    }

    function loadLeaderboard(section) {
        var list = section.querySelector('.sc-leaderboard-list');
        call('GET', '/kudos/leaderboard').then(function (board) {
            list.textContent = '';
            board.entries.forEach(function (entry) {
                var item = document.createElement('li');
                item.className = 'sc-leaderboard-entry';
                item.value = entry.rank;
                var name = document.createElement('strong');
                name.textContent = entry.person.displayName;
                item.appendChild(name);
                item.appendChild(document.createTextNode(' '));
                var count = document.createElement('span');
                count.className = 'aui-badge sc-leaderboard-count';
                count.textContent = entry.count === null || entry.count === undefined
                    ? section.getAttribute('data-hidden-count-text') : String(entry.count);
                item.appendChild(count);
                list.appendChild(item);
            });
        }).catch(function () {
            section.hidden = true;
        });
    }

    function switchLeaderboards(button) {
        var on = button.getAttribute('data-on') !== 'true';
        call('PUT', '/kudos/settings/leaderboards', {on: on}).then(function () {
            window.location.reload();
        });
    }

    /* The personal settings page. */

    function saveSettings(event) {
        event.preventDefault();
        var form = event.target;
        var saved = form.querySelector('.sc-settings-saved');
        var error = form.querySelector('.sc-settings-error');
        saved.hidden = true;
        call('PUT', '/kudos/preferences', {
            leaderboardOptOut: form.querySelector('[name="leaderboardOptOut"]').checked,
            showCounts: form.querySelector('[name="showCounts"]').checked,
            mailReceived: form.querySelector('[name="mailReceived"]').checked,
            mailHidden: form.querySelector('[name="mailHidden"]').checked
        }).then(function () {
            error.hidden = true;
            saved.hidden = false;
        }).catch(function (e) {
            error.textContent = e.message;
            error.hidden = false;
        });
    }

    /** Server-rendered times carry ISO instants; people read them in their own locale and zone. */
    function localiseTimes() {
        Array.prototype.forEach.call(document.querySelectorAll('.sc-kudos-panel time[datetime]'), function (time) {
            var when = new Date(time.getAttribute('datetime'));
            if (!isNaN(when.getTime())) {
                time.textContent = when.toLocaleString();
            }
        });
    }

    function init() {
        localiseTimes();
        var feed = document.querySelector('.sc-kudos-feed');
        document.addEventListener('click', function (event) {
            var target = event.target;
            var give = target.closest('.sc-give-kudos');
            if (give) {
                event.preventDefault();
                openGiveDialog(give);
                return;
            }
            var cancel = target.closest('.sc-give-kudos-cancel');
            if (cancel) {
                hideDialog(cancel.closest('.aui-dialog2'));
                return;
            }
            var suggestion = target.closest('.sc-kudos-suggestion');
            if (suggestion) {
                choose(suggestion);
                return;
            }
            var removeChip = target.closest('.sc-kudos-chip-remove');
            if (removeChip) {
                removeChip.closest('.sc-kudos-chip').remove();
                return;
            }
            var react = target.closest('.sc-kudos-react');
            if (react) {
                toggleReaction(react);
                return;
            }
            var hide = target.closest('.sc-kudos-hide');
            if (hide) {
                hideKudos(hide);
                return;
            }
            var leaderboardSwitch = target.closest('.sc-leaderboards-switch');
            if (leaderboardSwitch) {
                switchLeaderboards(leaderboardSwitch);
                return;
            }
            var more = target.closest('.sc-feed-more');
            if (more && feed) {
                loadFeed(feed, more.getAttribute('data-before'));
            }
        });
        document.addEventListener('input', function (event) {
            if (event.target.id === 'sc-kudos-receiver') {
                suggest(event.target);
            }
        });
        document.addEventListener('keydown', function (event) {
            if (event.target.id === 'sc-kudos-receiver') {
                suggestionKeys(event);
            }
        }, true);
        document.addEventListener('submit', function (event) {
            var form = event.target;
            if (!form.classList) {
                return;
            }
            if (form.classList.contains('sc-give-kudos-form')) {
                submitGive(event);
            } else if (form.classList.contains('sc-kudos-settings-form')) {
                saveSettings(event);
            } else if (form.classList.contains('sc-feed-filters')) {
                event.preventDefault();
                loadFeed(feed, null);
            }
        });
        var filterSelect = document.getElementById('sc-feed-filter');
        if (filterSelect && feed) {
            filterSelect.addEventListener('change', function () { filterChanged(feed); });
            document.getElementById('sc-feed-value').addEventListener('change', function () { loadFeed(feed, null); });
        }
        var leaderboard = document.querySelector('.sc-leaderboard');
        if (leaderboard) {
            loadLeaderboard(leaderboard);
        }
        if (feed) {
            loadFeed(feed, null);
            document.addEventListener('service-culture:kudos-given', function () { loadFeed(feed, null); });
        } else {
            document.addEventListener('service-culture:kudos-given', function () { window.location.reload(); });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
