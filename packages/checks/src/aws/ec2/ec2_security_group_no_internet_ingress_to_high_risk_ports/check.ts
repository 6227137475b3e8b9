import { defineCheck } from '../../../engine/define-check';
import { judgeExposures, unknownRules } from '../lib/group-usage';
import { parsePortList } from '../lib/port-list';
import { REVOKE_INGRESS_CLI, SECURITY_GROUP_REFERENCES } from '../lib/sg-references';
import { internetExposures, overlapsPorts } from '../lib/sg-rules';

/** Databases, caches, search, message brokers and clear-text admin protocols (checks.csv EC2-04). */
const HIGH_RISK_TCP_PORTS = [
  '20-21', // FTP
  '23', // Telnet
  '1433-1434', // SQL Server
  '1521', // Oracle
  '2483-2484', // Oracle listener (TLS)
  '3306', // MySQL / MariaDB
  '5432', // PostgreSQL
  '5601', // Kibana
  '6379', // Redis
  '7199', // Cassandra JMX
  '8888', // Cassandra OpsCenter
  '9092', // Kafka
  '9160', // Cassandra Thrift
  '9200', // Elasticsearch HTTP
  '9300', // Elasticsearch transport
  '11211', // Memcached
  '27017-27018', // MongoDB
];

export const check = defineCheck({
  metadata: {
    id: 'ec2_security_group_no_internet_ingress_to_high_risk_ports',
    shortId: 'EC2-04',
    title: 'Security group does not open database or other high-risk ports to the internet',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.security_group',
    description:
      'Checks that no ingress rule admits a high-risk TCP port from 0.0.0.0/0 or ::/0: databases (MySQL 3306, PostgreSQL 5432, SQL Server 1433-1434, Oracle 1521/2483-2484, MongoDB 27017-27018), caches (Redis 6379, Memcached 11211), search and analytics (Elasticsearch 9200/9300, Kibana 5601), Kafka 9092, Cassandra 7199/8888/9160, Telnet 23 and FTP 20-21. The list is the highRiskPorts setting. Group and prefix-list sources are not internet ingress.',
    risk:
      'Data stores exposed to the internet are found by automated scans and emptied or ransomed, often without credentials (default Redis, Memcached, Elasticsearch and MongoDB setups); Telnet and FTP send passwords in clear text.',
    remediation: {
      text: 'Remove the internet rules for these ports. Keep databases in private subnets and admit them only from the application security group; reach them for administration through a VPN or Session Manager port forwarding.',
      cli: REVOKE_INGRESS_CLI,
      terraform: [
        'resource "aws_vpc_security_group_ingress_rule" "postgres_from_app" {',
        '  security_group_id            = aws_security_group.db.id',
        '  ip_protocol                  = "tcp"',
        '  from_port                    = 5432',
        '  to_port                      = 5432',
        '  referenced_security_group_id = aws_security_group.app.id # the clients, never 0.0.0.0/0',
        '}',
      ].join('\n'),
    },
    references: [...SECURITY_GROUP_REFERENCES, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html'],
    compliance: {},
    settings: {
      /** TCP ports or ranges ("1433-1434") that must never be reachable from the internet. */
      highRiskPorts: HIGH_RISK_TCP_PORTS,
      /** Judge groups no network interface uses as well; off by default, as in Prowler. */
      includeUnusedGroups: false,
    },
  },
  evaluate(group, { settings }) {
    if (!group.ingress) return unknownRules(group, 'ingress');
    const ranges = parsePortList(settings.highRiskPorts);
    const exposures = internetExposures(group.ingress, (rule) => ranges.some((r) => overlapsPorts(rule, r.from, r.to)));
    return judgeExposures(group, exposures, 'high-risk ports', settings.includeUnusedGroups);
  },
});
