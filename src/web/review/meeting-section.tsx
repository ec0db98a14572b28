/** @module The review meeting (when, who came, from which team) and the people who write and approve the review. */
import { type FormEvent, useState } from 'react';
import { instantFromZoned, zonedPartsOf, zoneLabel } from '../lib/zoned-time.js';
import type { EditorProps } from './editor-props.js';
import { ReviewSection } from './review-section.js';
import { patchReview } from './use-review-save.js';

/** `Ana, Bo` → `['Ana', 'Bo']` */
function namesFrom(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function PeopleForm({ detail, save }: EditorProps) {
  const { review } = detail;
  const [authors, setAuthors] = useState(review.authors.join(', '));
  const [reviewers, setReviewers] = useState(review.reviewers.map((r) => r.name).join(', '));
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(
      await save(
        patchReview(() => ({ authors: namesFrom(authors), reviewers: namesFrom(reviewers) })),
      ),
    );
  };
  return (
    <form className="people-form" onSubmit={submit} aria-label="Authors and reviewers">
      <label className="field">
        <span>Authors (comma-separated)</span>
        <input
          id="review-authors"
          value={authors}
          onChange={(event) => {
            setSaved(false);
            setAuthors(event.target.value);
          }}
        />
      </label>
      <label className="field">
        <span>Reviewers (comma-separated)</span>
        <input
          id="review-reviewers"
          value={reviewers}
          onChange={(event) => {
            setSaved(false);
            setReviewers(event.target.value);
          }}
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="button">
          Save people
        </button>
        {saved && (
          <span className="saved-note" role="status">
            Saved
          </span>
        )}
      </div>
    </form>
  );
}

function MeetingForm({ detail, save, zone }: EditorProps) {
  const { meeting } = detail.review;
  const start = meeting.at ? zonedPartsOf(Date.parse(meeting.at), zone) : { date: '', time: '' };
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time.slice(0, 5));
  const [attendees, setAttendees] = useState(meeting.attendees);
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Blank means "not held yet"; anything unreadable goes as typed for the server to explain.
    const at =
      date === '' && time === '' ? null : (instantFromZoned(date, time, zone) ?? `${date} ${time}`);
    setSaved(await save(patchReview(() => ({ meeting: { at, attendees } }))));
  };
  const addAttendee = () => {
    if (name.trim() === '') return;
    setSaved(false);
    setAttendees([...attendees, { name: name.trim(), team: team.trim() }]);
    setName('');
    setTeam('');
  };
  return (
    <form className="meeting-form" onSubmit={submit} aria-label="Review meeting">
      <div className="meeting-when">
        <label className="field">
          <span>Meeting date</span>
          <input
            id="meeting-date"
            type="date"
            value={date}
            onChange={(event) => {
              setSaved(false);
              setDate(event.target.value);
            }}
          />
        </label>
        <label className="field">
          <span>Time ({zoneLabel(zone)})</span>
          <input
            id="meeting-time"
            value={time}
            placeholder="15:00"
            onChange={(event) => {
              setSaved(false);
              setTime(event.target.value);
            }}
          />
        </label>
      </div>
      <h3>Attendees</h3>
      {attendees.length === 0 ? (
        <p className="empty-inline">
          Nobody yet. Invite the responders and someone from each team the incident touched — they
          know what the timeline misses.
        </p>
      ) : (
        <ul className="attendees">
          {attendees.map((person, index) => (
            <li key={`${person.name}-${person.team}`}>
              <span>
                {person.name}
                {person.team && <span className="muted"> · {person.team}</span>}
              </span>
              <button
                type="button"
                className="button subtle small"
                aria-label={`Remove attendee ${person.name}`}
                onClick={() => {
                  setSaved(false);
                  setAttendees(attendees.filter((_, i) => i !== index));
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="add-row">
        <label className="field">
          <span>Name</span>
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field">
          <span>Team</span>
          <input
            value={team}
            onChange={(event) => setTeam(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addAttendee();
              }
            }}
          />
        </label>
        <button type="button" className="button small" onClick={addAttendee}>
          Add attendee
        </button>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Save meeting
        </button>
        {saved && (
          <span className="saved-note" role="status">
            Saved
          </span>
        )}
      </div>
    </form>
  );
}

export function MeetingSection(props: EditorProps) {
  return (
    <ReviewSection
      id="section-meeting"
      title="Meeting and people"
      hint="Authors write the review; reviewers approve it. Authors cannot approve their own review."
    >
      <div className="meeting-grid">
        <MeetingForm {...props} />
        <PeopleForm {...props} />
      </div>
    </ReviewSection>
  );
}
