export function Popup({ name, status }: { name: string; status: string }) {
  return (
    <main>
      <h1>{name}</h1>
      <p>{status}</p>
    </main>
  );
}
