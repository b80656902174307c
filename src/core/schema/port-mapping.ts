import { z } from 'zod';
import { intIn, opt } from './common';
import { applicationProtocolSchema, transportProtocolSchema } from './enums';

const PORT_RANGE = /^(\d{1,5})-(\d{1,5})$/;

/** `"first-last"` with 1 ≤ first < last ≤ 65535. */
const containerPortRangeString = z
  .string()
  .regex(PORT_RANGE, { error: 'a port range written "first-last", e.g. "8000-8100"' })
  .refine(
    (value) => {
      const match = PORT_RANGE.exec(value);
      if (!match) return true; // the regex above already reported it
      const first = Number(match[1]);
      const last = Number(match[2]);
      return first >= 1 && last <= 65535 && first < last;
    },
    { error: 'the first port must be at least 1, the last at most 65535, and first below last' },
  );

/** PortMapping: one container port (or range) published by the container. */
export const portMappingSchema = z.strictObject({
  containerPort: opt(intIn(1, 65535), 'Port the application listens on inside the container (1-65535).'),
  hostPort: opt(intIn(0, 65535), 'Port on the host. awsvpc/host: omit or equal containerPort. bridge: 0 or omitted picks a dynamic port.'),
  protocol: opt(transportProtocolSchema, 'Transport protocol, tcp (default) or udp.'),
  name: opt(
    z.string().regex(/^[a-z0-9_][a-z0-9_-]{0,63}$/, {
      error: 'up to 64 lower-case letters, digits, underscores or hyphens, not starting with a hyphen',
    }),
    'Name of the mapping, referenced by Service Connect.',
  ),
  appProtocol: opt(applicationProtocolSchema, 'Application protocol for Service Connect: http, http2 or grpc.'),
  containerPortRange: opt(
    containerPortRangeString,
    'Range of container ports "first-last" (bridge or awsvpc); hostPort must then be omitted.',
  ),
});
export type PortMapping = z.infer<typeof portMappingSchema>;
