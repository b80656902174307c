import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, isObj, obj, str } from './read';
import type { Rule } from './types';

const ID = 'proxy-configuration';
const KEYS = new Set([
  'IgnoredUID',
  'IgnoredGID',
  'AppPorts',
  'ProxyIngressPort',
  'ProxyEgressPort',
  'EgressIgnoredPorts',
  'EgressIgnoredIPs',
]);

export const rule: Rule = {
  id: ID,
  refs: ['R-TD-14', 'R-REF-6'],
  severity: 'error',
  title: 'proxyConfiguration names a container of the task and uses App Mesh property keys.',
  why: "The App Mesh proxy configuration points at the Envoy container by name and only understands IgnoredUID, IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts and EgressIgnoredIPs; IgnoredUID or IgnoredGID is needed so the proxy's own traffic is not redirected.",
  fix: 'Set "containerName" to the Envoy container\'s name, use only the listed property keys and include IgnoredUID (e.g. "1337") or IgnoredGID.',
  check(_doc, ctx) {
    const proxy = ctx.root.proxyConfiguration;
    if (!isObj(proxy)) return [];
    const out: Issue[] = [];
    const name = concreteStr(proxy.containerName);
    if (proxy.containerName === undefined || proxy.containerName === null || proxy.containerName === '') {
      out.push(
        issue(
          ID,
          ['proxyConfiguration'],
          'error',
          '"proxyConfiguration" has no "containerName"; set it to the name of the Envoy proxy container.',
        ),
      );
    } else if (name !== undefined && !ctx.containerNames.has(name)) {
      out.push(
        issue(
          ID,
          ['proxyConfiguration', 'containerName'],
          'error',
          `proxyConfiguration containerName "${name}" is not a container of this task definition; use the name of the Envoy container.`,
        ),
      );
    }
    let ignored = false;
    arr(proxy.properties).forEach((entry, i) => {
      const key = str(obj(entry).name);
      if (key === 'IgnoredUID' || key === 'IgnoredGID') ignored = true;
      const concrete = concreteStr(key);
      if (concrete !== undefined && !KEYS.has(concrete)) {
        out.push(
          issue(
            ID,
            ['proxyConfiguration', 'properties', i, 'name'],
            'error',
            `Proxy property "${concrete}" is not an App Mesh setting; use IgnoredUID, IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts or EgressIgnoredIPs.`,
          ),
        );
      }
    });
    if (!ignored) {
      const path = Array.isArray(proxy.properties) ? ['proxyConfiguration', 'properties'] : ['proxyConfiguration'];
      out.push(
        issue(
          ID,
          path,
          'error',
          'proxyConfiguration needs an "IgnoredUID" or "IgnoredGID" property so the proxy\'s own traffic bypasses it; add one (e.g. IgnoredUID "1337").',
        ),
      );
    }
    return out;
  },
};
