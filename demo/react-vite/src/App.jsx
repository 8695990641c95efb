import { ConsentGate, useConsent } from 'cookiegate/react';

export function App() {
  const { record, showPreferences } = useConsent();
  return (
    <main>
      <h1>Our charity’s film</h1>
      <p>{record ? 'Thank you for choosing your cookie settings.' : 'Please choose your cookie settings.'}</p>
      {/* Nothing from YouTube loads, not even the iframe, until marketing (or YouTube alone) is granted. */}
      <ConsentGate category="marketing" service="youtube">
        <iframe
          title="Our film on YouTube"
          width="560"
          height="315"
          src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
          allow="encrypted-media; picture-in-picture"
        />
      </ConsentGate>
      <footer>
        <button type="button" onClick={showPreferences}>
          Change cookie settings
        </button>
      </footer>
    </main>
  );
}
