// SPDX-License-Identifier: GPL-2.0
/*
 * pcpusect_regno: the last RTL pass before "final".  The register
 * allocator has fixed which register holds R; write its number into the
 * opening mviy and the table entry of every section the lower pass made.
 * Running after every register-renaming and scheduling pass means the
 * number printed is the one the code uses.
 */
#include "pcpusect-plugin.h"

/* Returns a copy of tmpl with every PCPUSECT_REG_MARK replaced by regno. */
static const char *patch_template(const char *tmpl, unsigned int regno)
{
	size_t mark_len = strlen(PCPUSECT_REG_MARK);
	char num[4], *out, *dst;
	const char *src, *hit;
	size_t n = 0;

	snprintf(num, sizeof(num), "%u", regno);
	for (src = tmpl; (hit = strstr(src, PCPUSECT_REG_MARK));
	     src = hit + mark_len)
		n++;
	out = XNEWVEC(char, strlen(tmpl) + n * strlen(num) + 1);
	dst = out;
	for (src = tmpl; (hit = strstr(src, PCPUSECT_REG_MARK));
	     src = hit + mark_len) {
		memcpy(dst, src, hit - src);
		dst += hit - src;
		dst = stpcpy(dst, num);
	}
	strcpy(dst, src);
	src = ggc_strdup(out);
	XDELETEVEC(out);
	return src;
}

static void patch_insn(rtx_insn *insn)
{
	rtx body = PATTERN(insn);
	rtx asmop = extract_asm_operands(body);
	rtx r_out;
	const char *tmpl;
	int i;

	if (!asmop || !strstr(ASM_OPERANDS_TEMPLATE(asmop), PCPUSECT_REG_MARK))
		return;
	/* Output 0 of a section is R (see lower.c). */
	r_out = GET_CODE(body) == PARALLEL ? XVECEXP(body, 0, 0) : body;
	gcc_assert(GET_CODE(r_out) == SET);
	r_out = SET_DEST(r_out);
	if (!REG_P(r_out) || REGNO(r_out) < 1 || REGNO(r_out) > 15) {
		error_at(ASM_OPERANDS_SOURCE_LOCATION(asmop),
			 "%s: per-CPU address not in an address register "
			 "after register allocation", PCPUSECT_NAME);
		return;
	}
	tmpl = patch_template(ASM_OPERANDS_TEMPLATE(asmop), REGNO(r_out));

	/* Every SET of a multi-output asm carries its own ASM_OPERANDS. */
	if (GET_CODE(body) != PARALLEL) {
		ASM_OPERANDS_TEMPLATE(SET_SRC(body)) = tmpl;
		return;
	}
	for (i = 0; i < XVECLEN(body, 0); i++) {
		rtx x = XVECEXP(body, 0, i);

		if (GET_CODE(x) == SET &&
		    GET_CODE(SET_SRC(x)) == ASM_OPERANDS)
			ASM_OPERANDS_TEMPLATE(SET_SRC(x)) = tmpl;
	}
}

static unsigned int regno_execute(function *fun)
{
	rtx_insn *insn;

	for (insn = get_insns(); insn; insn = NEXT_INSN(insn))
		if (NONDEBUG_INSN_P(insn))
			patch_insn(insn);
	return 0;
}

static const pass_data regno_pass_data = {
	.type = RTL_PASS,
	.name = "pcpusect_regno",
	.optinfo_flags = OPTGROUP_NONE,
	.tv_id = TV_NONE,
	.properties_required = 0,
	.properties_provided = 0,
	.properties_destroyed = 0,
	.todo_flags_start = 0,
	.todo_flags_finish = 0,
};

class pcpusect_regno_pass : public rtl_opt_pass {
public:
	pcpusect_regno_pass(gcc::context *ctxt)
		: rtl_opt_pass(regno_pass_data, ctxt)
	{
	}

	unsigned int execute(function *fun) final override
	{
		return regno_execute(fun);
	}
};

opt_pass *make_pcpusect_regno_pass(gcc::context *ctxt)
{
	return new pcpusect_regno_pass(ctxt);
}
