// The browser's copy of what a respondent changes, kept in localStorage until the server confirms it: a reload, a
// dropped connection or a crashed browser loses at most the typing of the last moment. The page (FillInPage) reads
// the copy back on opening and saves what the server does not have yet.
const storeKey = responseId => `startfoto:onopgeslagen:${responseId}`;
const typingPause = 700;
let current = null;

// Listens on the document, not on the form element: Blazor may re-create the form's elements at any render.
export function start(responseId, versions) {
    stop();
    current = { responseId, versions: new Map(Object.entries(versions ?? {})), timers: new Map(), seq: 0 };
    for (const entry of Object.values(read(responseId))) current.seq = Math.max(current.seq, entry.seq ?? 0);
    document.addEventListener('input', onEdit, true);
    document.addEventListener('change', onEdit, true);
}

export function stop() {
    if (!current) return;
    document.removeEventListener('input', onEdit, true);
    document.removeEventListener('change', onEdit, true);
    for (const timer of current.timers.values()) clearTimeout(timer);
    current = null;
}

/** The changes the server has not confirmed: [{ key, kind, raw, base, seq }]. */
export function pending(responseId) {
    return Object.values(read(responseId));
}

/** The newest change of a key the browser holds (value or toelichting), to settle it once saved. */
export function seqOf(key) {
    if (!current) return 0;
    const entries = read(current.responseId);
    return Math.max(entries[`${key}|value`]?.seq ?? 0, entries[`${key}|comment`]?.seq ?? 0);
}

/** The server saved the key as it was at seq: forget the copy unless the respondent changed it since. */
export function settle(responseId, key, seq, version) {
    const entries = read(responseId);
    for (const part of ['value', 'comment']) {
        const id = `${key}|${part}`;
        if (entries[id] && (entries[id].seq ?? 0) <= seq) delete entries[id];
    }
    write(responseId, entries);
    if (current && current.responseId === responseId && version !== undefined && version !== null) current.versions.set(key, version);
}

export function setVersion(key, version) {
    if (current) current.versions.set(key, version);
}

function onEdit(event) {
    const input = event.target.closest?.('[data-answer-key]');
    if (!current || !input || !event.isTrusted) return;
    const form = input.closest('[data-fill-in]');
    if (!form || form.dataset.fillIn !== current.responseId) return;
    const key = input.dataset.answerKey;
    const kind = input.dataset.answerKind;
    let raw;
    switch (kind) {
        case 'choice':
            if (!input.checked) return;
            raw = input.value;
            break;
        case 'multi':
            raw = [...form.querySelectorAll('[data-answer-kind="multi"]')]
                .filter(c => c.dataset.answerKey === key && c.checked).map(c => c.value).join(' ');
            break;
        case 'special':
            raw = input.checked ? input.value : '';
            break;
        default:
            raw = input.value;
    }
    const part = kind === 'comment' ? 'comment' : 'value';
    const entries = read(current.responseId);
    entries[`${key}|${part}`] = { key, kind, raw, base: current.versions.get(key) ?? 0, seq: ++current.seq };
    write(current.responseId, entries);
    if (event.type === 'input' && (kind === 'text' || kind === 'number' || kind === 'comment')) saveAfterPause(input);
}

// A text field tells the server only when it changes (on leaving it); a pause in typing counts as leaving it.
function saveAfterPause(input) {
    clearTimeout(current.timers.get(input));
    current.timers.set(input, setTimeout(() => input.dispatchEvent(new Event('change', { bubbles: true })), typingPause));
}

function read(responseId) {
    try {
        return JSON.parse(localStorage.getItem(storeKey(responseId)) ?? '{}') ?? {};
    } catch {
        return {};
    }
}

function write(responseId, entries) {
    try {
        if (Object.keys(entries).length === 0) localStorage.removeItem(storeKey(responseId));
        else localStorage.setItem(storeKey(responseId), JSON.stringify(entries));
    } catch {
        // Storage full or blocked (private mode): the server copy is still made; only the safety net is missing.
    }
}
