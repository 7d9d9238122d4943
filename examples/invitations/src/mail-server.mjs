// A real SMTP server on loopback (smtp-server, from the nodemailer project) that keeps every
// message delivered to it, with its envelope, so the example can read mailboxes back. No TLS and
// no authentication: it listens on 127.0.0.1 only and lives as long as the example.

import { SMTPServer } from "smtp-server";

/**
 * Starts the server on a free port. `receive(address)` resolves with the next message delivered
 * to `address`: `{ envelope: { from, to }, raw }`, `raw` being the RFC 5322 bytes as sent.
 */
export async function startMailServer() {
  const delivered = [];
  const waiting = [];

  const deliver = (message) => {
    const i = waiting.findIndex((w) => message.envelope.to.includes(w.address));
    if (i === -1) delivered.push(message);
    else waiting.splice(i, 1)[0].resolve(message);
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Ten megabytes is far more than an invitation; a bound keeps a runaway client from filling memory.
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        if (stream.sizeExceeded) return callback(new Error("message too large"));
        const { mailFrom, rcptTo } = session.envelope;
        deliver({
          envelope: {
            from: mailFrom === false ? "" : mailFrom.address.toLowerCase(),
            to: rcptTo.map((r) => r.address.toLowerCase()),
          },
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });

  return {
    host: "127.0.0.1",
    port: server.server.address().port,
    /** The next message delivered to `address` (already delivered, or when it arrives). */
    receive(address) {
      const wanted = address.toLowerCase();
      const i = delivered.findIndex((m) => m.envelope.to.includes(wanted));
      if (i !== -1) return Promise.resolve(delivered.splice(i, 1)[0]);
      return new Promise((resolve) => waiting.push({ address: wanted, resolve }));
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
