package dev.plaza.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words lowercased and folded to ASCII, on the index and the query side alike, so that "amelie"
 * finds "Amélie" and "MEXICO" finds "México".
 */
final class FoldingAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String field) {
		StandardTokenizer words = new StandardTokenizer();
		return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
	}

	@Override
	protected TokenStream normalize(String field, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}
