// npm run demo -w @convening/example-invitations
import { runInvitationFlow } from "./flow.mjs";

const { registration } = await runInvitationFlow({ log: (line) => console.log(line) });
console.log(registration.reply.partStatus);
