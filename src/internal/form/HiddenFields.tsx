/** The fields every form of the library posts unseen: the draft's key and the spam trap. */
export function HiddenFields({ submissionKey }: { submissionKey: string }) {
  return (
    <>
      {/* The draft's key, made in the browser: empty in server HTML, which may be cached. */}
      <input type="hidden" name="key" defaultValue={submissionKey} />
      {/* The spam trap: a field bots fill in and people never meet. */}
      <input
        data-part="honeypot"
        name="website"
        aria-hidden="true"
        tabIndex={-1}
        autoComplete="off"
      />
    </>
  );
}
