// An ERP integration written with the Node soap package, as an integrator would write it: the client is built
// from the live WSDL (every schema fetched from the server itself), HTTP Basic as an API client.
//   node ticket-client.mjs BASE_URL USER SECRET
// Prints one JSON line: the created ticket, the same ticket read back, and the deskFault of a missing ticket.
import soap from 'soap';

const [base, user, secret] = process.argv.slice(2);
const client = await soap.createClientAsync(`${base}/ws/tickets?wsdl`, { disableCache: true });
client.setSecurity(new soap.BasicAuthSecurity(user, secret));

const [created] = await client.createTicketAsync({
  newTicket: {
    projectCode: 'DEMO-SHOP',
    title: `Node soap client ${Date.now()}`,
    category: 'TECHNICAL',
    description: 'Opened by a client the Node soap package built from the live WSDL.',
  },
});
const [read] = await client.getTicketAsync({ ticketId: created.ticket.ticketId });

let fault = null;
try {
  await client.getTicketAsync({ ticketId: '9223372036854775807' });
} catch (err) {
  const detail = err.root?.Envelope?.Body?.Fault?.detail;
  fault = detail?.deskFault ?? null;
}
console.log(JSON.stringify({ created: created.ticket, read: read.ticket, fault }));
