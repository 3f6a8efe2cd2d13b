/**
 * Usage guidance for each element's docs page (shown by .storybook/docs-page.ts): when to use it,
 * when not, do and don't, guidance for the editors who write its content, and what a screen
 * reader announces. Markdown.
 */
export const anatomyTableUsage = `
## Usage

**Use it** to name the parts of the body an article talks about and say what each one does, in a
few short rows a reader can scan.

**Do not use it** for numbers, doses or test results (use your own data table), or for steps a
reader should follow (use a list or the prevention checklist).

| Do | Don't |
| --- | --- |
| Keep to 3–8 rows: the parts this article is about. | List every muscle in the region. |
| Write the name a reader knows, with the medical name after it if they will meet it. | Use only Latin or medical names. |
| Say what each part does in one short sentence. | Give advice in the table: it is not a place for "what to do". |
| Write a caption that says what the table shows. | Leave the caption to repeat the heading. |

**For editors.** Each description and role is one plain sentence, about 15 words at most. Name the
source the rows were checked against in the review details; if no one checked them, say so.

**What a screen reader announces.** The heading, then "table" with its caption, its number of rows
and columns. Moving through the table, each cell is read with its column header and the muscle
that heads its row. On a narrow screen the rows look like cards, but the table is still read as a
table.
`;

export const faqAccordionUsage = `
## Usage

**Use it** for the questions readers ask about the article's topic, when each answer is short
and most readers want only a few of them.

**Do not use it** for the article's main content, for steps to follow in order, or for anything a
reader must not miss, such as when to get urgent help: put that in the page itself, or use the
red-flag checker. Text inside a closed answer is easy to miss.

| Do | Don't |
| --- | --- |
| Write questions in the reader's words: "Can I still walk with back spasms?" | Write topic labels: "Mobility". |
| Keep to about 3–10 questions. | Hide a whole article in 50 answers. |
| Give each answer one idea, in a few short paragraphs or a list. | Start an answer with "Yes" or "No" alone: say what to do. |
| Use \`exclusive\` only when answers are long and one at a time helps. | Use \`exclusive\` when readers compare answers. |
| Turn on \`structured-data\` once per page, for the FAQ the page is about. | Add the same questions to two FAQs on one page. |

**For editors.** Questions are one sentence, about 12 words at most, ending with a question mark.
Answers are short: aim for under 80 words each, at a reading age of about 11. Each question's id is
its link (\`#causes\`), so keep ids short and stable once published.

**What a screen reader announces.** The title as a heading, then each question as a heading that
holds a button: "What causes back spasms when I walk?, button, collapsed". Pressing it says
"expanded", and the answer that follows is a region named by its question (with more than six
questions, a group). Up, Down, Home and End move between questions. "Show all answers, button,
collapsed" opens every answer and becomes "Hide all answers, button, expanded". Nothing is
announced when an answer opens by itself, such as from a link.
`;

export const redFlagCheckerUsage = `
## Usage

**Use it** where an article about a symptom should help a reader decide how soon to get medical
help, from a short list of warning signs with their sources.

**Do not use it** to diagnose, to give a risk score, or in place of an emergency message a reader
must see at once: if a sign needs an ambulance, say so in the page as well. Do not use it for
children or pregnancy unless the content was written and checked for them.

| Do | Don't |
| --- | --- |
| Set \`emergency-number\` to the one number readers in your country call. | Give two numbers in one attribute: nothing is linked. |
| Set \`urgent-service\` to the same-day service readers know, such as "NHS 111". | Leave readers with no next step when a sign is urgent. |
| Name a source for every sign, and the person who checked them, and how. | Say the content was clinically reviewed if it was not. |
| Keep the "not a diagnosis" note and the safety net. | Write outcomes that promise a reader is fine. |

**For editors.** List only signs your sources name, at the tier they give. Each sign is one short,
plain sentence a reader can answer about themselves right now: "Numbness around your bottom or
genitals". Keep groups short, with headings that say what is inside, and the whole list to about
25 signs or fewer. Aim for a reading age of about 11.

**What a screen reader announces.** The heading, then who the checker is for, then each group as a
group of checkboxes named by its heading: "Chest pain, checkbox, not checked". Each sign's source is a link after it. When a tick changes the outcome, the new tier and
its heading are announced politely ("Emergency: Call your local emergency number or go to A&E now"), without moving focus; the outcome
itself follows the list, under its own heading. "None of these" is a checkbox that clears the others.
`;

export const preventionChecklistUsage = `
## Usage

**Use it** for habits or steps a reader can take over days or weeks, where ticking them off helps
them keep track.

**Do not use it** for warning signs or symptoms (use the red-flag checker), for steps that must be
done in order (use a numbered list), or to collect answers: ticks never leave the page.

| Do | Don't |
| --- | --- |
| Start each item with a verb: "Walk for 10 minutes a day". | Write items a reader cannot act on: "Good posture". |
| Say why each habit may help, in one sentence. | Promise a habit will prevent the problem. |
| Group items, 2–5 groups of 2–6 items. | Put 30 items in one list. |
| Turn on \`persist\` when readers come back to the page. | Turn on \`persist\` on a shared or kiosk computer. |

**For editors.** Titles are short, about 8 words at most; the detail and the reason are one plain
sentence each. Say "may help" unless your source says more. Changing an item's id forgets the
ticks a reader saved for it.

**What a screen reader announces.** The heading, then each group as a group named by its heading,
then each habit as a checkbox: "Walk tall, checkbox, not checked", with its detail
and reason. Each tick changes the progress, which is announced politely: "3 of 9 done". The
progress bar only draws those words, so it is hidden from screen readers, which would read them
twice. "Clear all ticks" is a button; with \`persist\`, a note says the ticks are saved in this
browser only.
`;
