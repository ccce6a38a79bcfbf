// SPDX-License-Identifier: GPL-2.0
/*
 * pcpusect-table: command line, messages and exit status, as binutils
 * tools do them: "pcpusect-table: FILE: message" on stderr; exit 0 if
 * all is well, 1 if a file could not be read or its table is wrong, 2
 * on a usage error.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pcpusect-table.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "unknown"
#endif

void report(struct image *img, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, PROGNAME ": %s: ", img->path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	img->errors++;
}

static void usage(FILE *f)
{
	fprintf(f,
"Usage: " PROGNAME " [OPTION]... FILE...\n"
"Lists, checks or counts the guarded per-CPU sections recorded in the\n"
"__pcpusect_table of s390x objects, shared objects, executables, vmlinux\n"
"and kernel modules.\n"
"\n"
"  (default)         list the sections: address, function+offset,\n"
"                    register, op, size, flags, fused count\n"
"  -c, --check       verify the table against the code\n"
"  -s, --stats       counts by op and size, bytes in sections, and the\n"
"                    functions with the most sections\n"
"  -S, --sort        check, then sort the table of a linked image in\n"
"                    place by section start (as scripts/sorttable does)\n"
"      --marker=ADDR the marker byte's address (default: as the entries\n"
"                    say; 960 in a file without entries)\n"
"      --offset=ADDR the per-CPU offset's address (default: as the\n"
"                    entries say)\n"
"      --entries=N   --check: also require exactly N entries\n"
"      --lowcore-alt=D  --check: require on each section's mviy and ag\n"
"                    an ALT_LOWCORE alternative moving its displacement\n"
"                    by D (0: require none; default: all or none)\n"
"      --top=N       --stats: how many functions to show (10)\n"
"  -q, --quiet       --check, --sort: no line for a good file\n"
"  -h, --help        this help\n"
"  -V, --version     version\n"
"\n"
"Exit status: 0 all good, 1 a file unreadable or its table wrong,\n"
"2 usage error.  man pcpusect-table for more.\n");
}

/* strtol with base 0, as the plugin reads its address options. */
static bool parse_long(const char *s, long *v)
{
	char *end;

	errno = 0;
	*v = strtol(s, &end, 0);
	return *s && !*end && !errno;
}

static int bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, PROGNAME ": ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry '" PROGNAME " --help' for more information.\n");
	return 2;
}

int main(int argc, char **argv)
{
	enum { LIST, CHECK, STATS, SORT } mode = LIST;
	struct check_opts co = {
		.marker = LONG_MIN, .offset = LONG_MIN, .entries = -1,
		.lowcore_alt = LONG_MIN, .quiet = false,
	};
	enum { O_MARKER = 256, O_OFFSET, O_ENTRIES, O_TOP, O_LOWCORE_ALT };
	static const struct option longopts[] = {
		{ "check", no_argument, NULL, 'c' },
		{ "stats", no_argument, NULL, 's' },
		{ "sort", no_argument, NULL, 'S' },
		{ "marker", required_argument, NULL, O_MARKER },
		{ "offset", required_argument, NULL, O_OFFSET },
		{ "entries", required_argument, NULL, O_ENTRIES },
		{ "lowcore-alt", required_argument, NULL, O_LOWCORE_ALT },
		{ "top", required_argument, NULL, O_TOP },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	long top = 10, v;
	int c, i, status = 0;

	opterr = 0;	/* our own message, with our name */
	while ((c = getopt_long(argc, argv, "csSqhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			mode = CHECK;
			break;
		case 's':
			mode = STATS;
			break;
		case 'S':
			mode = SORT;
			break;
		case O_MARKER:
		case O_OFFSET:
			if (!parse_long(optarg, &v) || v < -524288 || v > 524287)
				return bad_usage("--marker/--offset: '%s' is not a signed 20-bit displacement",
						 optarg);
			*(c == O_MARKER ? &co.marker : &co.offset) = v;
			break;
		case O_LOWCORE_ALT:
			if (!parse_long(optarg, &v) || v < 0 || v > 524287)
				return bad_usage("--lowcore-alt: '%s' is not a displacement delta in 0..524287",
						 optarg);
			co.lowcore_alt = v;
			break;
		case O_ENTRIES:
		case O_TOP:
			if (!parse_long(optarg, &v) || v < 0)
				return bad_usage("--entries/--top: '%s' is not a count",
						 optarg);
			*(c == O_TOP ? &top : &co.entries) = v;
			break;
		case 'q':
			co.quiet = true;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf(PROGNAME " (pcpusect) " PACKAGE_VERSION "\n");
			return 0;
		default:
			return bad_usage("unrecognized option '%s'",
					 argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return bad_usage("%s", "no input files");
	if (elf_version(EV_CURRENT) == EV_NONE) {
		fprintf(stderr, PROGNAME ": libelf: %s\n", elf_errmsg(-1));
		return 1;
	}
	for (i = optind; i < argc; i++) {
		struct image img;
		int r;

		if (image_open(&img, argv[i]))
			r = 1;
		else if (mode == CHECK)
			r = check_image(&img, &co);
		else if (mode == SORT)
			r = sort_image(&img, &co);
		else if (mode == STATS)
			r = show_stats(&img, top);
		else
			r = show_list(&img);
		image_close(&img);
		if (r)
			status = 1;
	}
	return status;
}
