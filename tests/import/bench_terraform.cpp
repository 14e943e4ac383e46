// Terraform import + lint figures, medians of `runs` runs each: every corpus
// plan and state, and generated plans of 1,000 and 10,000 resources (a
// counted module of a VPC with subnets, routes, groups, rules, instances and
// buckets, every id known only after apply and resolved through the
// configuration), with the growth from one to the other. The budgets of
// issue 18 (1,000 resources in 40 ms; 10,000 at most 11 times that) are
// printed beside the figures, not asserted: a shared machine is too noisy.
// ctest runs it with one run as a smoke test that fails only when the
// 1,000-resource plan takes over 500 ms or a file does not import.
//   bench_terraform [runs] [--emit DIR]   (--emit writes the generated plans)
#include "TestPaths.h"
#include "importers/terraform/TerraformImport.h"
#include "AutoLayout.h"
#include "importers/terraform/TfJsonReader.h"
#include "rules/Checker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace pillar;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// One module instance holds 100 resources.
constexpr int kPerUnit = 100;

// A plan of units * 100 resources, as terraform show -json writes it.
QByteArray generatedPlan(int units)
{
    QByteArray planned, changes;
    auto resource = [&](const QString &module, const QString &type, const QString &name, const QString &index,
                        const QByteArray &values, const QByteArray &unknown) {
        const QString address = module + QLatin1Char('.') + type + QLatin1Char('.') + name + index;
        QByteArray a = address.toUtf8();
        a.replace("\"", "\\\"");
        QByteArray indexJson;
        if (!index.isEmpty()) {
            QByteArray k = index.mid(1, index.size() - 2).toUtf8();
            indexJson = ",\"index\":" + k;
        }
        planned += (planned.isEmpty() ? "" : ",") + QByteArray("{\"address\":\"") + a + "\",\"mode\":\"managed\",\"type\":\"" + type.toUtf8()
            + "\",\"name\":\"" + name.toUtf8() + "\"" + indexJson + ",\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"values\":" + values + "}";
        changes += (changes.isEmpty() ? "" : ",") + QByteArray("{\"address\":\"") + a + "\",\"module_address\":\"" + module.toUtf8()
            + "\",\"mode\":\"managed\",\"type\":\"" + type.toUtf8() + "\",\"name\":\"" + name.toUtf8() + "\"" + indexJson
            + ",\"change\":{\"actions\":[\"create\"],\"before\":null,\"after\":" + values + ",\"after_unknown\":" + unknown + "}}";
    };
    QByteArray modules;
    for (int u = 0; u < units; ++u) {
        planned.clear();
        const QString m = QStringLiteral("module.unit[%1]").arg(u);
        const QByteArray cidr = "10." + QByteArray::number(u % 250) + ".";
        resource(m, "aws_vpc", "this", {}, "{\"cidr_block\":\"" + cidr + "0.0/16\"}", "{\"id\":true,\"arn\":true}");
        resource(m, "aws_internet_gateway", "this", {}, "{}", "{\"id\":true,\"vpc_id\":true}");
        resource(m, "aws_route_table", "public", {}, "{\"route\":[{\"cidr_block\":\"0.0.0.0/0\"}]}",
                 "{\"id\":true,\"vpc_id\":true,\"route\":[{\"gateway_id\":true}]}");
        for (int s = 0; s < 4; ++s) {
            const QString key = QStringLiteral("[%1]").arg(s);
            resource(m, "aws_subnet", "app", key,
                     "{\"cidr_block\":\"" + cidr + QByteArray::number(s) + ".0/24\",\"availability_zone\":\"eu-west-1" + QByteArray(1, char('a' + s % 3))
                         + "\",\"map_public_ip_on_launch\":" + (s < 2 ? "true" : "false") + "}",
                     "{\"id\":true,\"arn\":true,\"vpc_id\":true}");
            resource(m, "aws_route_table_association", "app", key, "{}", "{\"id\":true,\"subnet_id\":true,\"route_table_id\":true}");
        }
        for (int g = 0; g < 10; ++g)
            resource(m, "aws_security_group", "tier", QStringLiteral("[%1]").arg(g),
                     "{\"description\":\"tier\",\"ingress\":[{\"cidr_blocks\":[\"10.0.0.0/8\"],\"from_port\":443,\"to_port\":443,\"protocol\":\"tcp\","
                     "\"ipv6_cidr_blocks\":[],\"prefix_list_ids\":[],\"security_groups\":[],\"self\":false,\"description\":\"\"}]}",
                     "{\"id\":true,\"arn\":true,\"vpc_id\":true,\"egress\":true}");
        for (int r = 0; r < 20; ++r)
            resource(m, "aws_security_group_rule", "app", QStringLiteral("[%1]").arg(r),
                     "{\"type\":\"ingress\",\"protocol\":\"tcp\",\"from_port\":" + QByteArray::number(8000 + r) + ",\"to_port\":" + QByteArray::number(8000 + r)
                         + ",\"self\":false,\"cidr_blocks\":null}",
                     "{\"id\":true,\"security_group_id\":true,\"source_security_group_id\":true}");
        for (int i = 0; i < 40; ++i)
            resource(m, "aws_instance", "app", QStringLiteral("[%1]").arg(i),
                     "{\"instance_type\":\"t3.micro\",\"monitoring\":true,\"iam_instance_profile\":\"app\",\"associate_public_ip_address\":false}",
                     "{\"id\":true,\"arn\":true,\"subnet_id\":true,\"vpc_security_group_ids\":true,\"availability_zone\":true}");
        for (int b = 0; b < 10; ++b)
            resource(m, "aws_s3_bucket", "data", QStringLiteral("[%1]").arg(b),
                     "{\"bucket\":\"unit-" + QByteArray::number(u) + "-" + QByteArray::number(b) + "\",\"force_destroy\":false}",
                     "{\"id\":true,\"arn\":true,\"acl\":true,\"policy\":true,\"server_side_encryption_configuration\":true,\"website\":true}");
        for (int b = 0; b < 9; ++b)
            resource(m, "aws_s3_bucket_public_access_block", "data", QStringLiteral("[%1]").arg(b),
                     "{\"block_public_acls\":true,\"block_public_policy\":true,\"ignore_public_acls\":true,\"restrict_public_buckets\":true}",
                     "{\"id\":true,\"bucket\":true}");
        modules += (modules.isEmpty() ? "" : ",") + QByteArray("{\"address\":\"") + m.toUtf8() + "\",\"resources\":[" + planned + "]}";
    }
    const QByteArray config = R"({"provider_config":{"aws":{"name":"aws","expressions":{"region":{"constant_value":"eu-west-1"}}}},
"root_module":{"module_calls":{"unit":{"source":"./unit","count_expression":{"constant_value":1},"module":{"resources":[
{"address":"aws_vpc.this","mode":"managed","type":"aws_vpc","name":"this","expressions":{"cidr_block":{"constant_value":"10.0.0.0/16"}}},
{"address":"aws_internet_gateway.this","mode":"managed","type":"aws_internet_gateway","name":"this","expressions":{"vpc_id":{"references":["aws_vpc.this.id","aws_vpc.this"]}}},
{"address":"aws_route_table.public","mode":"managed","type":"aws_route_table","name":"public","expressions":{"vpc_id":{"references":["aws_vpc.this.id","aws_vpc.this"]},
 "route":[{"cidr_block":{"constant_value":"0.0.0.0/0"},"gateway_id":{"references":["aws_internet_gateway.this.id","aws_internet_gateway.this"]}}]}},
{"address":"aws_subnet.app","mode":"managed","type":"aws_subnet","name":"app","expressions":{"vpc_id":{"references":["aws_vpc.this.id","aws_vpc.this"]}}},
{"address":"aws_route_table_association.app","mode":"managed","type":"aws_route_table_association","name":"app","expressions":{"subnet_id":{"references":["aws_subnet.app","count.index"]},"route_table_id":{"references":["aws_route_table.public.id","aws_route_table.public"]}}},
{"address":"aws_security_group.tier","mode":"managed","type":"aws_security_group","name":"tier","expressions":{"vpc_id":{"references":["aws_vpc.this.id","aws_vpc.this"]}}},
{"address":"aws_security_group_rule.app","mode":"managed","type":"aws_security_group_rule","name":"app","expressions":{"security_group_id":{"references":["aws_security_group.tier","count.index"]},"source_security_group_id":{"references":["aws_security_group.tier[0].id","aws_security_group.tier"]}}},
{"address":"aws_instance.app","mode":"managed","type":"aws_instance","name":"app","expressions":{"subnet_id":{"references":["aws_subnet.app","count.index"]},"vpc_security_group_ids":{"references":["aws_security_group.tier[1].id","aws_security_group.tier"]}}},
{"address":"aws_s3_bucket.data","mode":"managed","type":"aws_s3_bucket","name":"data","expressions":{"bucket":{"constant_value":"x"}}},
{"address":"aws_s3_bucket_public_access_block.data","mode":"managed","type":"aws_s3_bucket_public_access_block","name":"data","expressions":{"bucket":{"references":["aws_s3_bucket.data","count.index"]}}}
]}}}}})";
    return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.8.5\",\"planned_values\":{\"root_module\":{\"child_modules\":[" + modules
        + "]}},\"resource_changes\":[" + changes + "],\"configuration\":" + config + "}";
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Wall and CPU time: on a shared machine the CPU time is the steadier figure.
struct Figures {
    double ms = 0;
    double cpuMs = 0;
    int resources = 0, elements = 0, findings = 0;
    bool ok = false;
};

Figures measure(const QByteArray &bytes, const QString &name, int runs)
{
    Figures f;
    QVector<double> times, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const CfnImportResult r = importTerraform(bytes, name);
        if (!r.ok()) {
            std::printf("%s: %s\n", qPrintable(name), qPrintable(r.error.toString()));
            return f;
        }
        const QVector<Finding> findings = checkDesign(*r.design);
        times << timer.nsecsElapsed() / 1e6;
        cpu << threadCpuMs() - cpuStart;
        f.resources = int(r.report.resources.size());
        f.elements = int(r.design->elements().size());
        f.findings = int(findings.size());
    }
    f.ms = median(times);
    f.cpuMs = median(cpu);
    f.ok = true;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString emitDir;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--emit" && i + 1 < argc)
            emitDir = QString::fromLocal8Bit(argv[++i]);
        else
            runs = std::max(1, atoi(argv[i]));
    }
    bool ok = true;
    std::printf("%-90s %8s %9s %8s %9s %9s %9s\n", "file", "bytes", "resources", "elements", "findings", "ms", "cpu ms");
    const QDir corpus(test::sharedDir() + QStringLiteral("/corpus/terraform"));
    for (const QFileInfo &fi : corpus.entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.tfstate")}, QDir::Files, QDir::Name)) {
        if (fi.fileName() == QLatin1String("manifest.json"))
            continue;
        QFile file(fi.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray bytes = file.readAll();
        const Figures f = measure(bytes, fi.fileName(), runs);
        ok = ok && f.ok;
        std::printf("%-90s %8lld %9d %8d %9d %9.2f %9.2f\n", qPrintable(fi.fileName()), qlonglong(bytes.size()), f.resources, f.elements, f.findings, f.ms, f.cpuMs);
    }
    double small = 0;
    for (int units : {10, 100}) {
        const QByteArray plan = generatedPlan(units);
        const QString name = QStringLiteral("generated-%1.json").arg(units * kPerUnit);
        if (!emitDir.isEmpty()) {
            QFile out(emitDir + QLatin1Char('/') + name);
            if (out.open(QIODevice::WriteOnly))
                out.write(plan);
        }
        const Figures f = measure(plan, name, units >= 100 ? std::max(1, runs / 2) : runs);
        ok = ok && f.ok;
        std::printf("%-90s %8lld %9d %8d %9d %9.2f %9.2f\n", qPrintable(name), qlonglong(plan.size()), f.resources, f.elements, f.findings, f.ms, f.cpuMs);
        {
            // Where the time goes: reading, import without layout, layout, lint.
            const double t0 = threadCpuMs();
            CfnValue root;
            CfnParseError error;
            readTerraformJson(plan, &root, &error);
            const double t1 = threadCpuMs();
            TerraformImportOptions noLayout;
            noLayout.layout = false;
            CfnImportResult r = importTerraform(plan, name, noLayout);
            const double t2 = threadCpuMs();
            AutoLayout().apply(&*r.design);
            const double t3 = threadCpuMs();
            checkDesign(*r.design);
            const double t4 = threadCpuMs();
            std::printf("  cpu ms: read %.1f, import without layout %.1f, layout %.1f, lint %.1f\n", t1 - t0, t2 - t1, t3 - t2, t4 - t3);
        }
        if (units == 10) {
            small = f.cpuMs;
            std::printf("  budget: 1,000 resources import and lint in 40 ms: %s (cpu)\n", f.cpuMs <= 40 ? "met" : "MISSED");
            ok = ok && f.cpuMs < 500;
        } else {
            const double growth = small > 0 ? f.cpuMs / small : 0;
            std::printf("  growth 1,000 -> 10,000: %.1fx (budget 11x): %s\n", growth, growth <= 11 ? "met" : "MISSED");
        }
    }
    return ok ? 0 : 1;
}
