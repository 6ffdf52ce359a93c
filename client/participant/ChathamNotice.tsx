export function ChathamNotice() {
  return (
    <section className="notice" aria-labelledby="chatham-title">
      <h2 id="chatham-title">The Chatham House rule applies</h2>
      <p>What you write is shown without your name. Nobody, not even the facilitator, can see who wrote what.</p>
      <p>You may use what is said here, but never say who said it.</p>
    </section>
  );
}
