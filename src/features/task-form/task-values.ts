/** Network modes with the one-line explanation the panel shows beside each. */
export const NETWORK_MODES = [
  { value: '', label: 'Default (not set)', help: 'Omits networkMode: bridge on Linux EC2, Docker NAT on Windows. Not allowed on Fargate.' },
  {
    value: 'bridge',
    label: 'bridge',
    help: "Docker's virtual bridge on the instance; static or dynamic host ports; the only mode with links.",
  },
  { value: 'host', label: 'host', help: "Containers share the instance's network; host port must equal container port." },
  { value: 'awsvpc', label: 'awsvpc', help: 'Each task gets its own network interface and private IP; required on Fargate.' },
  { value: 'none', label: 'none', help: 'No external network (loopback only); no port mappings allowed.' },
] as const;

export const LAUNCH_TYPES = [
  { value: 'EC2', help: 'Your own EC2 container instances.' },
  { value: 'FARGATE', help: 'Serverless; needs awsvpc and a Fargate CPU/memory size.' },
  { value: 'EXTERNAL', help: 'ECS Anywhere: your own servers outside AWS.' },
  { value: 'MANAGED_INSTANCES', help: 'EC2 instances that ECS manages for you.' },
] as const;
